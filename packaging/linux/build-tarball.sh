#!/usr/bin/env bash
# Pack the onedir bundle (dist/kds, from packaging/build.sh) into dist/kds-<version>-linux-<arch>.tar.gz
# with the desktop entry, the icons and an installer script for the current user:
#
#   tar xzf kds-0.1.0-linux-x86_64.tar.gz && kds-0.1.0-linux-x86_64/install.sh
#
# installs to ~/.local/opt/kds, links ~/.local/bin/kds, and registers the menu entry and icons
# (PREFIX=/opt/kds BINDIR=/usr/local/bin DATADIR=/usr/share ./install.sh as root for every user).
#
# AppImage recipe (not built here): make an AppDir with usr/bin/ holding the bundle, AppRun as a link
# to usr/bin/kds/kds, kds.desktop and kds.png (256 px) at the top, then run
# `appimagetool AppDir kds-<version>-x86_64.AppImage`. Build on the oldest distribution you support
# (glibc is not bundled), and start it with `--appimage-extract-and-run` where FUSE is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$(pwd)"
BUNDLE="$ROOT/dist/kds"
[ -x "$BUNDLE/kds" ] || { echo "no bundle at $BUNDLE: run packaging/build.sh first" >&2; exit 2; }

VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' kds/__init__.py)"
NAME="kds-$VERSION-linux-$(uname -m)"
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
mkdir -p "$STAGE/$NAME/share/applications" "$STAGE/$NAME/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE" "$STAGE/$NAME/kds"
cp packaging/linux/kds.desktop "$STAGE/$NAME/share/applications/kds.desktop"
cp resources/icons/kds.svg "$STAGE/$NAME/share/icons/hicolor/scalable/apps/kds.svg"
for png in resources/icons/kds-*.png; do
  size="$(basename "$png" .png)"; size="${size#kds-}"
  mkdir -p "$STAGE/$NAME/share/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$STAGE/$NAME/share/icons/hicolor/${size}x${size}/apps/kds.png"
done
cat > "$STAGE/$NAME/install.sh" <<'INSTALL'
#!/usr/bin/env bash
# Install KDS from this unpacked tarball (see build-tarball.sh for the options).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PREFIX="${PREFIX:-$HOME/.local/opt/kds}"
BINDIR="${BINDIR:-$HOME/.local/bin}"
DATADIR="${DATADIR:-${XDG_DATA_HOME:-$HOME/.local/share}}"
rm -rf "$PREFIX" && mkdir -p "$(dirname "$PREFIX")" "$BINDIR" "$DATADIR"
cp -a "$HERE/kds" "$PREFIX"
ln -sf "$PREFIX/kds" "$BINDIR/kds"
cp -a "$HERE/share/." "$DATADIR/"
sed -i "s|^Exec=kds|Exec=$BINDIR/kds|; s|^TryExec=kds|TryExec=$BINDIR/kds|" "$DATADIR/applications/kds.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATADIR/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATADIR/icons/hicolor" || true
echo "KDS installed in $PREFIX; run it as $BINDIR/kds or from the applications menu."
INSTALL
chmod +x "$STAGE/$NAME/install.sh"
mkdir -p "$ROOT/dist"
tar -C "$STAGE" -czf "$ROOT/dist/$NAME.tar.gz" "$NAME"
echo "dist/$NAME.tar.gz: $(( $(stat -c %s "$ROOT/dist/$NAME.tar.gz") / 1000000 )) MB"
