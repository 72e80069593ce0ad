"""The platform registry is complete and agrees with every table that still lists platforms itself.

A platform with an adapter package but no spec, a spec with a field missing or misnamed, or a
table of the setup screens that says something else than the spec, fails here.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import os
import pkgutil
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import kds.platforms
from kds.clock import FakeClock
from kds.domain.order import Platform
from kds.platforms import registry
from kds.platforms.registry import POLICIES, SPECS, UnknownPlatformError, spec_for
from kds.platforms.spec import TRANSLATION_CONTEXT, AdapterInputs, Field, PlatformSpec
from kds.startup import runtime
from kds.station import keyring_tokens
from kds.station.settings import Language, PlatformSettings, Settings
from kds.ui import i18n, showcase, wording
from kds.ui.setup import credentials, platforms_form

LEGACY_ENV = {
    (Platform.KEETA_OD, "base_url"): "KDS_KEETA_BASE_URL",
    (Platform.KEETA_OD, "merchant_ids"): "KDS_KEETA_MERCHANTS",
    (Platform.KEETA_OD, "client_id"): "KDS_KEETA_CLIENT_ID",
    (Platform.KEETA_OD, "client_secret"): "KDS_KEETA_CLIENT_SECRET",
    (Platform.KEETA_STD, "base_url"): "KDS_KEETA_STD_API_URL",
    # GoFood's variables are named after GoBiz's words (API, outlet, relay token, mode), as the
    # checks that drive a headless GoFood station use them.
    (Platform.GOFOOD, "base_url"): "KDS_GOFOOD_API_URL",
    (Platform.GOFOOD, "merchant_ids"): "KDS_GOFOOD_OUTLET_ID",
    (Platform.GOFOOD, "tenant_token"): "KDS_GOFOOD_RELAY_TOKEN",
    (Platform.GOFOOD, "acceptance_mode"): "KDS_GOFOOD_MODE",
    (Platform.ZEEK, "base_url"): "KDS_ZEEK_API_URL",
    (Platform.ZEEK, "tenant_token"): "KDS_ZEEK_RELAY_TOKEN",
}
"""Environment variables outside the `KDS_<PLATFORM>_<FIELD>` rule: older ones kept for existing
installations, and GoFood's and Zeek's, whose names are given."""

SETTINGS_KINDS = {"address": str, "choice": str, "list": tuple, "text": str}


def adapter_packages() -> set[str]:
    """The subpackages of kds.platforms that hold an adapter."""
    return {m.name for m in pkgutil.iter_modules(kds.platforms.__path__) if m.ispkg
            and importlib.util.find_spec(f"kds.platforms.{m.name}.adapter") is not None}


def test_every_platform_with_an_adapter_package_is_registered_from_its_own_package() -> None:
    packages = adapter_packages()
    assert packages, "no adapter package found"
    assert packages == {p.value for p in SPECS}
    assert Platform.FAKE not in SPECS
    for platform, spec in SPECS.items():
        assert spec.platform is platform
        assert importlib.import_module(f"kds.platforms.{platform.value}.spec").SPEC is spec


def policy_packages() -> set[str]:
    """The subpackages of kds.platforms that hold a policy."""
    return {m.name for m in pkgutil.iter_modules(kds.platforms.__path__) if m.ispkg
            and importlib.util.find_spec(f"kds.platforms.{m.name}.policy") is not None}


def test_every_platform_has_its_policy_from_its_own_package() -> None:
    assert set(POLICIES) == set(Platform)
    assert policy_packages() == {p.value for p in Platform if p is not Platform.FAKE}
    assert policy_packages() >= adapter_packages()
    for platform, policy in POLICIES.items():
        assert policy.platform is platform
        assert policy.label.strip(), f"{platform.value}: no label"
        assert re.fullmatch(r"#[0-9A-Fa-f]{6}", policy.color), f"{platform.value}: {policy.color}"
        assert registry.LABELS[platform] == policy.label
        if platform is not Platform.FAKE:
            assert importlib.import_module(f"kds.platforms.{platform.value}.policy").POLICY is policy
    for platform, spec in SPECS.items():
        assert spec.policy is importlib.import_module(f"kds.platforms.{platform.value}.policy").POLICY


@pytest.mark.parametrize("platform", list(SPECS))
def test_a_spec_is_complete(platform: Platform) -> None:
    spec = SPECS[platform]
    assert spec.display_name.strip()
    assert spec.policy is POLICIES[platform]
    assert re.fullmatch(r"#[0-9A-Fa-f]{6}", spec.color)
    assert spec.arrival in ("direct", "relay")
    assert callable(spec.build), f"{platform.value} has no adapter factory"
    names = [f.name for f in spec.fields]
    assert len(names) == len(set(names)), f"{platform.value}: a field twice"
    assert spec.settings_fields, f"{platform.value}: no address"
    assert any(f.required for f in spec.credentials), f"{platform.value}: no credential"
    for f in spec.settings_fields:
        assert f.kind in SETTINGS_KINDS
        assert isinstance(getattr(PlatformSettings(), f.name), SETTINGS_KINDS[f.kind]), f.name
        assert f.required and f.typed, f"{platform.value}.{f.name}: settings fields are all typed and required"
        values = [c.value for c in f.choices]
        # A choice offers its values (each once, the default among them); no other field has any.
        assert bool(values) == (f.kind == "choice") and len(values) == len(set(values)), f.name
        assert not values or f.default in values, f"{platform.value}.{f.name}: the default is not offered"
    if spec.tokens is not None:
        token_names = (spec.tokens.access, spec.tokens.refresh, spec.tokens.expires)
        assert all(spec.field(n).kind == "credential" for n in token_names)


@pytest.mark.parametrize("platform", list(SPECS))
def test_defaults_parse_and_credentials_have_none(platform: Platform) -> None:
    spec = SPECS[platform]
    for f in spec.settings_fields:
        if f.default:
            value: Any = tuple(f.default.split(",")) if f.kind == "list" else f.default
            assert getattr(PlatformSettings(**{f.name: value}), f.name) == value
    assert all(not f.default for f in spec.credentials), "a credential never has a default"


def test_keyring_and_environment_names_are_unique_and_follow_the_rule() -> None:
    keys = [f"{p.value}/{f.name}" for p, spec in SPECS.items() for f in spec.credentials]
    assert len(keys) == len(set(keys))
    envs = [f.env for spec in SPECS.values() for f in spec.fields if f.env]
    assert len(envs) == len(set(envs))
    for platform, spec in SPECS.items():
        for f in spec.fields:
            assert not f.required or f.env, f"{platform.value}.{f.name}: a headless run cannot give it"
            if f.env:
                rule = f"KDS_{platform.value.upper()}_{f.name.upper()}"
                assert f.env == LEGACY_ENV.get((platform, f.name), rule), f"{platform.value}.{f.name}: {f.env}"


def test_the_headless_environment_names_are_the_specs() -> None:
    envs = {f.env for spec in SPECS.values() for f in spec.fields if f.env}
    # Keeta's client id and secret are read only once an address or merchant names the platform, and
    # GoFood's sign-in address and acceptance mode have defaults, and its per-outlet modes are optional,
    # like Zeek's product update path: alone they switch nothing on.
    assert set(runtime.ENV_VARS) | {"KDS_KEETA_CLIENT_ID", "KDS_KEETA_CLIENT_SECRET", "KDS_GOFOOD_AUTH_URL",
                                    "KDS_GOFOOD_MODE", "KDS_GOFOOD_OUTLET_MODES",
                                    "KDS_ZEEK_PRODUCT_UPDATE_PATH"} == envs
    # The runtime reads the names from the specs; it writes out only those of its "no platform" message.
    text = Path(runtime.__file__).read_text(encoding="utf-8")
    assert set(re.findall(r"KDS_KEETA_[A-Z_]+", text)) <= envs


def test_the_runtime_and_the_setup_screens_read_the_specs_fields() -> None:
    assert tuple(SPECS) == credentials.PLATFORMS
    for platform, spec in SPECS.items():
        assert runtime.CREDENTIALS[platform] == tuple(f.name for f in spec.credentials if f.required)
        assert runtime.OPTIONAL_CREDENTIALS.get(platform, ()) == tuple(
            f.name for f in spec.credentials if not f.required)
        form = [(f.name, f.secret, f.digits, f.required) for f in credentials.CREDENTIAL_FIELDS[platform]]
        assert form == [(f.name, f.secret, f.digits, f.required) for f in spec.credentials if f.typed]
        assert platforms_form.ADDRESSES[platform] == tuple(f.name for f in spec.settings_fields)
        assert credentials.DEFAULT_URLS[platform] == spec.field("base_url").default
        assert credentials.platform_name(platform) == spec.display_name  # untranslated: no translator loaded
        for f in spec.fields:
            if f.typed:  # every field staff type has a caption of its own
                assert credentials.field_label(platform, f.name) != f.name, f"{platform.value}.{f.name}"
        if spec.tokens is None:
            assert platform not in credentials.TOKEN_FIELDS and platform not in credentials.TOKEN_EXPIRY
        else:
            assert credentials.TOKEN_FIELDS[platform] == (spec.tokens.access, spec.tokens.refresh)
            assert credentials.TOKEN_EXPIRY[platform] == spec.tokens.expires
            names = (spec.tokens.access, spec.tokens.refresh, spec.tokens.expires)
            assert names == (keyring_tokens.ACCESS, keyring_tokens.REFRESH, keyring_tokens.EXPIRES)


def platform_catalogue(language: Language) -> dict[str, tuple[str, str]]:
    """`source -> (translation, type attribute)` of the platforms' context of one committed catalogue."""
    path = i18n.translations_dir() / f"kds_{language.value}.ts"
    messages = {}
    for context in ET.parse(path).iter("context"):
        if context.findtext("name") == TRANSLATION_CONTEXT:
            for message in context.iter("message"):
                translation = message.find("translation")
                assert translation is not None
                messages[message.findtext("source") or ""] = (translation.text or "", translation.get("type", ""))
    return messages


@pytest.mark.parametrize("platform", list(SPECS))
def test_a_spec_has_everything_the_screens_show(platform: Platform) -> None:
    spec = SPECS[platform]
    assert spec.api_name.strip() and spec.setup_hint.strip(), f"{platform.value}: no API name or setup hint"
    for f in spec.fields:
        if f.typed:  # captions are worded by the screens, by key: a new key needs its caption there
            assert f.caption_key in credentials.CAPTIONS, f"{platform.value}.{f.name}: no caption {f.caption_key!r}"
    assert spec.sample is not None, f"{platform.value}: no sample menu for the showcase"
    assert re.fullmatch(r"[A-Z]{3}", spec.sample.currency) and spec.sample.rider.strip()
    assert len(spec.sample.dishes) >= 3, "the showcase lists up to three dishes a ticket"
    assert all(Decimal(d.price) > 0 and d.name.strip() for d in spec.sample.dishes)
    assert Decimal(spec.sample.delivery_fee) > 0


@pytest.mark.parametrize("language", list(Language))
def test_the_texts_of_every_spec_are_translated_in_every_catalogue(language: Language) -> None:
    messages = platform_catalogue(language)
    for platform, spec in SPECS.items():
        choices = tuple(c.caption for f in spec.fields for c in f.choices)
        for text in (spec.display_name, spec.api_name, spec.setup_hint, *choices):
            # Marked with QT_TRANSLATE_NOOP(TRANSLATION_CONTEXT, ...) and `python -m kds.ui.i18n update` run?
            assert text in messages, f"{platform.value}: {text!r} is not in kds_{language.value}.ts"
            translation, kind = messages[text]
            assert translation.strip() and not kind, f"{platform.value}: {text!r} unfinished in {language.value}"


def test_the_catalogue_tools_read_every_spec_and_its_marks_use_the_screens_context() -> None:
    sources = [p for p in i18n.ui_sources() if p.name == "spec.py" and p.parent.parent.name == "platforms"]
    assert {p.parent.name for p in sources} == {p.value for p in SPECS}
    marked = set()
    for path in sources:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP":
                # lupdate reads literals only, and the screens look the text up in TRANSLATION_CONTEXT.
                assert [type(a) for a in node.args] == [ast.Constant, ast.Constant], f"{path}:{node.lineno}"
                context, text = (a.value for a in node.args)  # type: ignore[attr-defined]
                assert context == TRANSLATION_CONTEXT, f"{path}:{node.lineno}: context {context!r}"
                marked.add(text)
    for spec in SPECS.values():
        assert {spec.display_name, spec.api_name, spec.setup_hint} <= marked, spec.platform.value


def test_the_showcase_and_the_status_bar_take_the_platforms_from_their_specs() -> None:
    assert tuple(SPECS) == showcase.PLATFORMS  # every spec has a sample menu (above)
    for platform, spec in SPECS.items():
        assert showcase.MENUS[platform] is spec.sample
        assert wording.platform_api(platform) == spec.api_name  # untranslated: no translator loaded
        assert platforms_form._hint(platform) == spec.setup_hint


def test_a_platform_without_a_spec_is_named_without_crashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(SPECS, Platform.ZEEK)  # as a platform whose adapter has not arrived yet
    for platform in (Platform.ZEEK,):
        assert credentials.platform_name(platform) == POLICIES[platform].label
        assert platforms_form._hint(platform) == ""
        assert wording.platform_api(platform) == platform.value
        assert credentials.field_label(platform, "base_url") == "Address (base URL)"
        assert credentials.field_label(platform, "unknown") == "unknown"


def test_an_unregistered_platform_is_refused_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(SPECS, Platform.ZEEK)
    with pytest.raises(UnknownPlatformError, match="zeek is not a registered platform"):
        spec_for(Platform.ZEEK)


class Built:
    """What a test factory returns: the inputs it was given."""

    def __init__(self, inputs: AdapterInputs) -> None:
        self.inputs = inputs


def gofood_spec() -> PlatformSpec:
    return PlatformSpec(Platform.GOFOOD, "GoFood", POLICIES[Platform.GOFOOD], "direct",
                        (Field("base_url", "address", env="KDS_GOFOOD_BASE_URL"),
                         Field("merchant_ids", "list", env="KDS_GOFOOD_MERCHANT_IDS"),
                         Field("api_key", "credential", env="KDS_GOFOOD_API_KEY"),
                         Field("note", "credential", required=False)),
                        build=Built)  # type: ignore[arg-type]


def gofood_settings(**config: Any) -> Settings:
    return Settings(platforms={Platform.GOFOOD: PlatformSettings(enabled=True, **config)})


def test_the_runtime_builds_an_adapter_with_its_specs_factory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(registry.SPECS, Platform.GOFOOD, gofood_spec())
    clock = FakeClock()
    settings = gofood_settings(base_url="https://gofood.example", merchant_ids=("m1", "m2"))
    adapter, problem = runtime._adapter_from_settings(
        Platform.GOFOOD, settings, runtime.Credentials({"gofood/api_key": "k", "keeta_std/app_id": "1"}),
        clock, 2.0, None)
    assert problem is None and isinstance(adapter, Built)
    assert dict(adapter.inputs.values) == {"base_url": "https://gofood.example", "merchant_ids": ("m1", "m2"),
                                           "api_key": "k"}
    assert adapter.inputs.clock is clock and adapter.inputs.on_token_refresh is None
    assert adapter.inputs.policy == POLICIES[Platform.GOFOOD].scaled(2.0)


def test_the_runtime_reports_what_a_registered_platform_misses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(registry.SPECS, Platform.GOFOOD, gofood_spec())
    clock = FakeClock()
    _, problem = runtime._adapter_from_settings(Platform.GOFOOD, gofood_settings(merchant_ids=("m1",)),
                                                runtime.Credentials({"gofood/api_key": "k"}), clock, 1.0, None)
    assert problem == runtime.SetupProblem(Platform.GOFOOD, "settings", ("base_url",))
    _, problem = runtime._adapter_from_settings(
        Platform.GOFOOD, gofood_settings(base_url="https://gofood.example", merchant_ids=("m1",)),
        runtime.Credentials({"gofood/note": "n"}), clock, 1.0, None)
    assert problem == runtime.SetupProblem(Platform.GOFOOD, "credentials", ("api_key",))


def test_the_runtime_reports_an_unregistered_platform_as_unsupported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(registry.SPECS, Platform.ZEEK)
    adapter, problem = runtime._adapter_from_settings(
        Platform.ZEEK, Settings(platforms={Platform.ZEEK: PlatformSettings(enabled=True, base_url="https://z.example",
                                                                           relay_url="https://r.example")}),
        runtime.Credentials({}), FakeClock(), 1.0, None)
    assert adapter is None and problem == runtime.SetupProblem(Platform.ZEEK, "unsupported")


def headless_args(*argv: str) -> argparse.Namespace:
    return runtime.parse(["--headless", *argv])


def only_gofood(monkeypatch: pytest.MonkeyPatch, env: dict[str, str]) -> None:
    """The registry holds only the GoFood spec below; the environment only `env`'s variables."""
    monkeypatch.setattr(registry, "SPECS", {Platform.GOFOOD: gofood_spec()})
    monkeypatch.setattr(runtime, "SPECS", registry.SPECS)
    for name in [n for n in os.environ if n.startswith("KDS_")]:
        monkeypatch.delenv(name)
    for name, value in env.items():
        monkeypatch.setenv(name, value)


def test_a_platform_whose_variables_are_set_runs_headless_through_its_spec(monkeypatch: pytest.MonkeyPatch) -> None:
    only_gofood(monkeypatch, {"KDS_GOFOOD_BASE_URL": "https://gofood.example",
                              "KDS_GOFOOD_MERCHANT_IDS": "m1,m2", "KDS_GOFOOD_API_KEY": "k"})
    clock = FakeClock()
    assert runtime.configured_by_environment(headless_args())
    adapters, settings = runtime._configured_platforms(headless_args("--auto-accept"), clock, 2.0)
    [adapter] = adapters
    assert isinstance(adapter, Built)
    assert dict(adapter.inputs.values) == {"base_url": "https://gofood.example", "merchant_ids": ("m1", "m2"),
                                           "api_key": "k"}
    assert adapter.inputs.clock is clock and adapter.inputs.policy == POLICIES[Platform.GOFOOD].scaled(2.0)
    assert Platform.GOFOOD not in settings.poller_for  # polled directly, not through the relay


def test_a_headless_platform_says_which_of_its_variables_are_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    only_gofood(monkeypatch, {"KDS_GOFOOD_MERCHANT_IDS": "m1"})
    with pytest.raises(runtime.ConfigError, match=r"^GoFood: missing KDS_GOFOOD_BASE_URL, KDS_GOFOOD_API_KEY$"):
        runtime._configured_platforms(headless_args(), FakeClock(), 1.0)
    only_gofood(monkeypatch, {})
    assert not runtime.configured_by_environment(headless_args())
    with pytest.raises(runtime.ConfigError, match="no platform configured"):
        runtime._configured_platforms(headless_args(), FakeClock(), 1.0)


def keeta_only(monkeypatch: pytest.MonkeyPatch, env: dict[str, str]) -> None:
    for name in [n for n in os.environ if n.startswith("KDS_")]:
        monkeypatch.delenv(name)
    for name, value in env.items():
        monkeypatch.setenv(name, value)


@pytest.mark.parametrize(("argv", "env", "message"), [
    (["--merchant", "m1"], {}, "Keeta Open Delivery: missing --base-url, KDS_KEETA_CLIENT_ID, KDS_KEETA_CLIENT_SECRET"),
    ([], {"KDS_KEETA_BASE_URL": "https://od.example", "KDS_KEETA_CLIENT_ID": "c"},
     "Keeta Open Delivery: missing KDS_KEETA_CLIENT_SECRET, --merchant"),
    ([], {"KDS_KEETA_STD_APP_ID": "1", "KDS_KEETA_STD_API_URL": "https://std.example"},
     "Keeta Standard: missing KDS_KEETA_STD_RELAY_URL, KDS_KEETA_STD_TENANT_TOKEN, KDS_KEETA_STD_APP_SECRET, "
     "KDS_KEETA_STD_ACCESS_TOKEN"),
    ([], {"KDS_KEETA_CLIENT_ID": "c", "KDS_KEETA_CLIENT_SECRET": "s"}, "no platform configured: give --base-url"),
])
def test_the_keeta_headless_messages_are_the_ones_staff_know(monkeypatch: pytest.MonkeyPatch, argv: list[str],
                                                              env: dict[str, str], message: str) -> None:
    keeta_only(monkeypatch, env)
    assert runtime.configured_by_environment(headless_args(*argv)) == (not message.startswith("no platform"))
    with pytest.raises(runtime.ConfigError) as raised:
        runtime._configured_platforms(headless_args(*argv), FakeClock(), 1.0)
    assert str(raised.value).startswith(message)
    assert message.startswith("no platform") or str(raised.value) == message


def test_options_override_the_keeta_variables_and_both_platforms_start(monkeypatch: pytest.MonkeyPatch) -> None:
    keeta_only(monkeypatch, {
        "KDS_KEETA_BASE_URL": "https://ignored.example", "KDS_KEETA_MERCHANTS": "ignored",
        "KDS_KEETA_CLIENT_ID": "c", "KDS_KEETA_CLIENT_SECRET": "s",
        "KDS_KEETA_STD_RELAY_URL": "https://relay.example", "KDS_KEETA_STD_TENANT_TOKEN": "t",
        "KDS_KEETA_STD_API_URL": "https://std.example", "KDS_KEETA_STD_APP_ID": "7",
        "KDS_KEETA_STD_APP_SECRET": "a", "KDS_KEETA_STD_ACCESS_TOKEN": "x"})
    built: dict[Platform, AdapterInputs] = {}
    for platform, spec in SPECS.items():
        monkeypatch.setitem(registry.SPECS, platform, replace(
            spec, build=lambda inputs, p=platform: built.setdefault(p, inputs)))  # type: ignore[misc]
    args = headless_args("--base-url", "https://od.example", "--merchant", "m1", "--merchant", "m2")
    _, settings = runtime._configured_platforms(args, FakeClock(), 1.0)
    assert dict(built[Platform.KEETA_OD].values) == {"base_url": "https://od.example", "merchant_ids": ("m1", "m2"),
                                                     "client_id": "c", "client_secret": "s"}
    assert built[Platform.KEETA_STD].text("app_id") == "7" and built[Platform.KEETA_STD].text("relay_url")
    assert set(settings.poller_for) == {Platform.KEETA_STD}  # the relay's platform is long-polled
