<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <location filename="../kds/ui/session.py" line="+145"/>
        <source>This screen joined a restaurant that already had its settings: its platform accounts, printers, manager PIN and order handling now come from the restaurant&apos;s database. This screen&apos;s own earlier settings are kept in %1.</source>
        <translation>This screen joined a restaurant that already had its settings: its platform accounts, printers, manager PIN and order handling now come from the restaurant&apos;s database. This screen&apos;s own earlier settings are kept in %1.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Settings saved. KDS reconnected with them.</source>
        <translation>Settings saved. KDS reconnected with them.</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/about.py" line="+60"/>
        <source>Orders database: the restaurant&apos;s PostgreSQL, %1</source>
        <translation>Orders database: the restaurant&apos;s PostgreSQL, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders database: none (kept in memory)</source>
        <translation>Orders database: none (kept in memory)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders database: this screen&apos;s own SQLite file</source>
        <translation>Orders database: this screen&apos;s own SQLite file</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>KDS %1</source>
        <translation>KDS %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kitchen display and order desk for restaurant counters.</source>
        <translation>Kitchen display and order desk for restaurant counters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qt %1 · PySide6 %2 · Python %3 · %4</source>
        <translation>Qt %1 · PySide6 %2 · Python %3 · %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings file</source>
        <translation>Settings file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders database</source>
        <translation>Orders database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence: Apache 2.0</source>
        <translation>Licence: Apache 2.0</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Diagnostics for support: the logs (without phone numbers, addresses or passwords), the settings without secrets, and order counts.</source>
        <translation>Diagnostics for support: the logs (without phone numbers, addresses or passwords), the settings without secrets, and order counts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export diagnostics</source>
        <translation>Export diagnostics</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not export: %1</source>
        <translation>Could not export: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About KDS</source>
        <translation>About KDS</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../kds/ui/setup/settings_panel.py" line="+217"/>
        <location filename="../kds/ui/sheets/more.py" line="+42"/>
        <location filename="../kds/ui/sheets/print_problems.py" line="+47"/>
        <location filename="../kds/ui/sheets/recall.py" line="+42"/>
        <location filename="../kds/ui/sheets/report.py" line="+126"/>
        <location filename="../kds/ui/windows/drawer.py" line="+99"/>
        <location filename="../kds/ui/windows/history.py" line="+44"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/credentials.py" line="+69"/>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relay tenant token</source>
        <translation>Relay tenant token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App secret</source>
        <translation>App secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant access token</source>
        <translation>Merchant access token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token (optional)</source>
        <translation>Refresh token (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region (optional, SGN when empty)</source>
        <translation>Region (optional, SGN when empty)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product update path (optional)</source>
        <translation>Product update path (optional)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose what is set at GoBiz: the clock on each new order follows it.</source>
        <translation>Choose what is set at GoBiz: the clock on each new order follows it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only outlets whose mode differs, e.g. G123456789=auto_accept_on_timeout; separate them with commas.</source>
        <translation>Only outlets whose mode differs, e.g. G123456789=auto_accept_on_timeout; separate them with commas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the platform takes BatchUpdateProduct, e.g. /api/v1.0/product/update: sold-out dishes are then switched off in its product list too.</source>
        <translation>Where the platform takes BatchUpdateProduct, e.g. /api/v1.0/product/update: sold-out dishes are then switched off in its product list too.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>API address</source>
        <translation>API address</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Address (base URL)</source>
        <translation>Address (base URL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in (OAuth) address</source>
        <translation>Sign-in (OAuth) address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet ID</source>
        <translation>Outlet ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance mode</source>
        <translation>Acceptance mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance mode per outlet (optional)</source>
        <translation>Acceptance mode per outlet (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relay address</source>
        <translation>Relay address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant IDs</source>
        <translation>Merchant IDs</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/forms.py" line="+48"/>
        <location filename="../kds/ui/sheets/confirm.py" line="+104"/>
        <location filename="../kds/ui/sheets/store.py" line="+140"/>
        <location filename="../kds/ui/viewmodels/card.py" line="+265"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Behaviour</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepting orders</source>
        <translation>Accepting orders</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm new %1 orders automatically</source>
        <translation>Confirm new %1 orders automatically</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off is safer: staff confirm each order. On: every new order is confirmed at once, even when nobody is at the counter.</source>
        <translation>Off is safer: staff confirm each order. On: every new order is confirmed at once, even when nobody is at the counter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usual preparation time</source>
        <translation>Usual preparation time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What Confirm tells the platform.</source>
        <translation>What Confirm tells the platform.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always send the usual time</source>
        <translation>Always send the usual time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask each time</source>
        <translation>Ask each time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation time</source>
        <translation>Preparation time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask each time: Confirm offers 10 to 45 minutes, the usual time highlighted (only where the platform takes a preparation time).</source>
        <translation>Ask each time: Confirm offers 10 to 45 minutes, the usual time highlighted (only where the platform takes a preparation time).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sounds</source>
        <translation>Sounds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ring for new orders and alarms</source>
        <translation>Ring for new orders and alarms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket colours</source>
        <translation>Ticket colours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amber after</source>
        <translation>Amber after</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time since the order was accepted.</source>
        <translation>Time since the order was accepted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red after</source>
        <translation>Red after</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../kds/ui/viewmodels/card.py" line="+134"/>
        <location filename="../kds/ui/windows/drawer.py" line="+188"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to undo Ready, Collected and Delivered</source>
        <translation>Time to undo Ready, Collected and Delivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 sends at once, without Undo.</source>
        <translation>0 sends at once, without Undo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a platform stays closed during these hours for more than a few minutes, the board rings and offers to reopen it. No day ticked: no opening hours.</source>
        <translation>When a platform stays closed during these hours for more than a few minutes, the board rings and offers to reopen it. No day ticked: no opening hours.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A closing time before the opening time runs past midnight.</source>
        <translation>A closing time before the opening time runs past midnight.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A day&apos;s opening and closing times must differ.</source>
        <translation>A day&apos;s opening and closing times must differ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amber time must be shorter than the red time.</source>
        <translation>The amber time must be shorter than the red time.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+6"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Screen</source>
        <translation>Screen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Times and prices follow the language&apos;s usual format.</source>
        <translation>Times and prices follow the language&apos;s usual format.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look</source>
        <translation>Look</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/sheets/more.py" line="-8"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../kds/ui/sheets/more.py" line="+0"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark is easier on the eyes in a kitchen.</source>
        <translation>Dark is easier on the eyes in a kitchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compact</source>
        <translation>Compact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card size</source>
        <translation>Card size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic: compact cards when a column is crowded, full cards otherwise.</source>
        <translation>Automatic: compact cards when a column is crowded, full cards otherwise.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No clean-up yet.</source>
        <translation>No clean-up yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last clean-up: %1 %2 — %3 old orders deleted, customer details of %4 orders erased.</source>
        <translation>Last clean-up: %1 %2 — %3 old orders deleted, customer details of %4 orders erased.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+10"/>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+34"/>
        <source>This screen joins a restaurant</source>
        <translation>This screen joins a restaurant</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Kiosk mode: full screen, nothing else on screen</source>
        <translation>Kiosk mode: full screen, nothing else on screen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a manager PIN, leaving full screen asks for it.</source>
        <translation>With a manager PIN, leaving full screen asks for it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start KDS when this computer starts</source>
        <translation>Start KDS when this computer starts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry: %1</source>
        <translation>Entry: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeping data</source>
        <translation>Keeping data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep orders for</source>
        <translation>Keep orders for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders and their history, for the day&apos;s report; older ones are deleted.</source>
        <translation>Orders and their history, for the day&apos;s report; older ones are deleted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase customer details after</source>
        <translation>Erase customer details after</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names, phones and addresses, counted from when the order is finished.</source>
        <translation>Names, phones and addresses, counted from when the order is finished.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Several screens of one restaurant share one PostgreSQL database. Give every screen the same address; leave it empty for a screen on its own.</source>
        <translation>Several screens of one restaurant share one PostgreSQL database. Give every screen the same address; leave it empty for a screen on its own.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database address</source>
        <translation>Database address</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database password</source>
        <translation>Database password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in this computer&apos;s keyring, never in the settings file.</source>
        <translation>Kept in this computer&apos;s keyring, never in the settings file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KDS starts again on the restaurant&apos;s database when you save.</source>
        <translation>KDS starts again on the restaurant&apos;s database when you save.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The database address starts with postgresql://</source>
        <translation>The database address starts with postgresql://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the database password in its own field, not in the address.</source>
        <translation>Type the database password in its own field, not in the address.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <location filename="../kds/ui/setup/pin.py" line="+78"/>
        <source>Manager PIN</source>
        <translation>Manager PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A manager PIN is set.</source>
        <translation>A manager PIN is set.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No manager PIN: anyone at the counter can cancel, refund and change settings.</source>
        <translation>No manager PIN: anyone at the counter can cancel, refund and change settings.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>4 to 12 digits</source>
        <translation>4 to 12 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same again</source>
        <translation>the same again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the PIN</source>
        <translation>Change the PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. Leave empty to keep it as it is.</source>
        <translation>Optional. Leave empty to keep it as it is.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../kds/ui/setup/riders_form.py" line="+70"/>
        <source>Optional.</source>
        <translation>Optional.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the PIN</source>
        <translation>Repeat the PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the manager PIN</source>
        <translation>Remove the manager PIN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN is asked for</source>
        <translation>The PIN is asked for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling an order</source>
        <translation>Cancelling an order</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refunds (partial, agree, reject)</source>
        <translation>Refunds (partial, agree, reject)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening Settings</source>
        <translation>Opening Settings</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>The PIN must be 4 to 12 digits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two PINs are not the same.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/pin.py" line="+18"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../kds/ui/wording.py" line="+153"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Wrong PIN. Try again.</source>
        <translation>Wrong PIN. Try again.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Too many wrong PINs. Try again in %1 s.</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/credentials.py" line="+14"/>
        <source>Several stores: separate them with commas.</source>
        <translation>Several stores: separate them with commas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where your relay runs, e.g. https://relay.example.com</source>
        <translation>Where your relay runs, e.g. https://relay.example.com</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/platforms_form.py" line="+85"/>
        <source>Platforms</source>
        <translation>Platforms</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/forms.py" line="-123"/>
        <location filename="../kds/ui/setup/platforms_form.py" line="+54"/>
        <source>Saved in the keyring — type to replace</source>
        <translation>Saved in the keyring — type to replace</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/platforms_form.py" line="+9"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Forget the saved credentials</source>
        <translation>Forget the saved credentials</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: type %2 to test the connection (a saved secret is never read back into the form).</source>
        <translation>%1: type %2 to test the connection (a saved secret is never read back into the form).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>When the saved access token expires is not known yet; with a refresh token KDS renews it at the first call and learns it.</source>
        <translation>When the saved access token expires is not known yet; with a refresh token KDS renews it at the first call and learns it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The saved access token expired on %1.</source>
        <translation>The saved access token expired on %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved access token is valid until %1; KDS renews it by itself a few days before.</source>
        <translation>The saved access token is valid until %1; KDS renews it by itself a few days before.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1: each merchant ID only once.</source>
        <translation>%1: each merchant ID only once.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 must be an http:// or https:// address, without a password.</source>
        <translation>%1: %2 must be an http:// or https:// address, without a password.</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+131"/>
        <location line="+12"/>
        <source>%1: fill in %2.</source>
        <translation>%1: fill in %2.</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Demo: %1 run on the built-in simulators now. The switches below are this station&apos;s own platforms, used when KDS starts without --demo.</source>
        <translation>Demo: %1 run on the built-in simulators now. The switches below are this station&apos;s own platforms, used when KDS starts without --demo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keyring is not available on this computer, so the credentials cannot be kept there. Choose another place below, or start the keyring (on Linux: GNOME Keyring or KWallet) and open Settings again.</source>
        <translation>The system keyring is not available on this computer, so the credentials cannot be kept there. Choose another place below, or start the keyring (on Linux: GNOME Keyring or KWallet) and open Settings again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The encrypted credentials file is locked: tap Connect on the board and enter the manager PIN, then open Settings again.</source>
        <translation>The encrypted credentials file is locked: tap Connect on the board and enter the manager PIN, then open Settings again.</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>%1: %2 must be a number.</source>
        <translation>%1: %2 must be a number.</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/printer_form.py" line="+43"/>
        <source>Kitchen tickets</source>
        <translation>Kitchen tickets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellations</source>
        <translation>Cancellations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the printer</source>
        <translation>the printer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: enter the printer&apos;s network address.</source>
        <translation>%1: enter the printer&apos;s network address.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the port must be a number (usually 9100).</source>
        <translation>%1: the port must be a number (usually 9100).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the USB vendor and product IDs are hexadecimal, like 04b8 and 0e15.</source>
        <translation>%1: the USB vendor and product IDs are hexadecimal, like 04b8 and 0e15.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: enter the serial port, like /dev/ttyUSB0 or COM3.</source>
        <translation>%1: enter the serial port, like /dev/ttyUSB0 or COM3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: enter the device or file, like /dev/usb/lp0.</source>
        <translation>%1: enter the device or file, like /dev/usb/lp0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: enter the name of the system&apos;s printer queue.</source>
        <translation>%1: enter the name of the system&apos;s printer queue.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every printer needs a name.</source>
        <translation>Every printer needs a name.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: choose at least one kind of document.</source>
        <translation>%1: choose at least one kind of document.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Printers</source>
        <translation>Printers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No printer yet. KDS works without one; add it now or later.</source>
        <translation>No printer yet. KDS works without one; add it now or later.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a printer</source>
        <translation>Add a printer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printer %1</source>
        <translation>Printer %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected to the screen %1</source>
        <translation>Connected to the screen %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kitchen</source>
        <translation>kitchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/setup/riders_form.py" line="-8"/>
        <location line="+3"/>
        <location filename="../kds/ui/windows/order_text.py" line="+159"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GRILL</source>
        <translation>GRILL</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/setup/stations_form.py" line="+28"/>
        <source>Kitchen station</source>
        <translation>Kitchen station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its kitchen tickets then show only that station&apos;s lines. Empty: every line.</source>
        <translation>Its kitchen tickets then show only that station&apos;s lines. Empty: every line.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Device or file</source>
        <translation>Device or file</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>System printer</source>
        <translation>System printer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../kds/ui/windows/order_text.py" line="+14"/>
        <location line="+2"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor ID</source>
        <translation>Vendor ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product ID</source>
        <translation>Product ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial port</source>
        <translation>Serial port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer queue name</source>
        <translation>Printer queue name</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Speed (baud)</source>
        <translation>Speed (baud)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>58 mm</source>
        <translation>58 mm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>80 mm</source>
        <translation>80 mm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paper width</source>
        <translation>Paper width</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code page</source>
        <translation>Code page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CP858 for most Latin text; CP874 Thai; CP1258 Vietnamese.</source>
        <translation>CP858 for most Latin text; CP874 Thai; CP1258 Vietnamese.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prints</source>
        <translation>Prints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When confirmed</source>
        <translation>When confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it arrives</source>
        <translation>When it arrives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when asked</source>
        <translation>Only when asked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints by itself</source>
        <translation>Prints by itself</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the screen</source>
        <translation>Same as the screen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed in</source>
        <translation>Printed in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The language of the ticket&apos;s own words.</source>
        <translation>The language of the ticket&apos;s own words.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a test page</source>
        <translation>Print a test page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this printer</source>
        <translation>Remove this printer</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Printing a test page…</source>
        <translation>Printing a test page…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The test page did not print: %1</source>
        <translation>The test page did not print: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test page sent. Check the printer.</source>
        <translation>Test page sent. Check the printer.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Two printers have the same name.</source>
        <translation>Two printers have the same name.</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/connect.py" line="+40"/>
        <source>System keyring</source>
        <translation>System keyring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The safest place: the system keeps them and KDS reads them at each start.</source>
        <translation>The safest place: the system keeps them and KDS reads them at each start.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For this run only</source>
        <translation>For this run only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in memory and gone when KDS closes: nothing is written to disk, but someone must type them again at each start.</source>
        <translation>Kept in memory and gone when KDS closes: nothing is written to disk, but someone must type them again at each start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted file, opened with the manager PIN</source>
        <translation>Encrypted file, opened with the manager PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in a file encrypted with a key made from the manager PIN, which unlocks it at each start. Whoever copies the file can try PINs: use a long PIN.</source>
        <translation>Kept in a file encrypted with a key made from the manager PIN, which unlocks it at each start. Whoever copies the file can try PINs: use a long PIN.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The encrypted file needs a manager PIN: set one first.</source>
        <translation>The encrypted file needs a manager PIN: set one first.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../kds/ui/windows/setup_wiring.py" line="+171"/>
        <source>Connect the platforms</source>
        <translation>Connect the platforms</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The system keyring is not available on this computer. Choose where KDS keeps these credentials:</source>
        <translation>The system keyring is not available on this computer. Choose where KDS keeps these credentials:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose where KDS keeps the credentials.</source>
        <translation>Choose where KDS keeps the credentials.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../kds/ui/windows/setup_wiring.py" line="-3"/>
        <source>Unlock the encrypted credentials file</source>
        <translation>Unlock the encrypted credentials file</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <source>Fill in %1.</source>
        <translation>Fill in %1.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>This PIN does not open the encrypted credentials file.</source>
        <translation>This PIN does not open the encrypted credentials file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted credentials file cannot be read.</source>
        <translation>The encrypted credentials file cannot be read.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../kds/ui/setup/settings_panel.py" line="-28"/>
        <location filename="../kds/ui/setup/wizard.py" line="+268"/>
        <source>Could not save the settings: %1</source>
        <translation>Could not save the settings: %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/settings_panel.py" line="+4"/>
        <location filename="../kds/ui/windows/main_window.py" line="+440"/>
        <source>Not saved — the restaurant database is not reachable</source>
        <translation>Not saved — the restaurant database is not reachable</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../kds/ui/sheets/more.py" line="-2"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/station.py" line="+117"/>
        <source>The credentials were not saved: the encrypted credentials file is locked. Tap Connect on the board and enter the manager PIN to unlock it.</source>
        <translation>The credentials were not saved: the encrypted credentials file is locked. Tap Connect on the board and enter the manager PIN to unlock it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The credentials were not saved: the system keyring is not available. On the Platforms page choose to keep them for this run only, or in a file encrypted with the manager PIN.</source>
        <translation>The credentials were not saved: the system keyring is not available. On the Platforms page choose to keep them for this run only, or in a file encrypted with the manager PIN.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not change starting with the system: %1</source>
        <translation>Could not change starting with the system: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The restaurant&apos;s settings were saved on this screen only: its database cannot be reached. Save them again once it is back, or the other screens keep theirs.</source>
        <translation>The restaurant&apos;s settings were saved on this screen only: its database cannot be reached. Save them again once it is back, or the other screens keep theirs.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The encrypted credentials file was made with another manager PIN; enter that PIN on the board to unlock it.</source>
        <translation>The encrypted credentials file was made with another manager PIN; enter that PIN on the board to unlock it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted credentials file cannot be written.</source>
        <translation>The encrypted credentials file cannot be written.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>KDS cannot open this database: %1</source>
        <translation>KDS cannot open this database: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the system keyring is not available, so its credentials cannot be read</source>
        <translation>the system keyring is not available, so its credentials cannot be read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the encrypted credentials file is locked until the manager PIN is entered</source>
        <translation>the encrypted credentials file is locked until the manager PIN is entered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credentials missing from the system keyring: %1</source>
        <translation>credentials missing from the system keyring: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set up yet: %1</source>
        <translation>not set up yet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KDS cannot connect to this platform yet</source>
        <translation>KDS cannot connect to this platform yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform settings are not valid: %1</source>
        <translation>the platform settings are not valid: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not connected: %2.</source>
        <translation>%1 is not connected: %2.</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/report.py" line="-79"/>
        <source>Missed (not accepted in time)</source>
        <translation>Missed (not accepted in time)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled by the restaurant</source>
        <translation>Cancelled by the restaurant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled by the customer</source>
        <translation>Cancelled by the customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled by the platform</source>
        <translation>Cancelled by the platform</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/widgets/board_view.py" line="+89"/>
        <location filename="../kds/ui/wording.py" line="-100"/>
        <location line="+17"/>
        <location line="+126"/>
        <location line="+33"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reasons</source>
        <translation>reasons</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refunds in full</source>
        <translation>Refunds in full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds in part</source>
        <translation>Refunds in part</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross sales</source>
        <translation>Gross sales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net sales</source>
        <translation>Net sales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid / not paid</source>
        <translation>Paid / not paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to accept: median · 90% · worst</source>
        <translation>Time to accept: median · 90% · worst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to ready: median · 90%</source>
        <translation>Time to ready: median · 90%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes paused</source>
        <translation>Minutes paused</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Day&apos;s report</source>
        <translation>Day&apos;s report</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>◀ Day before</source>
        <translation>◀ Day before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day after ▶</source>
        <translation>Day after ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From −</source>
        <translation>From −</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From +</source>
        <translation>From +</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To −</source>
        <translation>To −</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To +</source>
        <translation>To +</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print end-of-day slip</source>
        <translation>Print end-of-day slip</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+10"/>
        <source>Could not save the file: %1</source>
        <translation>Could not save the file: %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+25"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No printer prints receipts: set one up in Settings.</source>
        <translation>No printer prints receipts: set one up in Settings.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End-of-day slip sent to the printer.</source>
        <translation>End-of-day slip sent to the printer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end-of-day slip was already printed.</source>
        <translation>The end-of-day slip was already printed.</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/wizard.py" line="-208"/>
        <source>Check and finish</source>
        <translation>Check and finish</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platforms: %1</source>
        <translation>Platforms: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Printers: %1</source>
        <translation>Printers: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Usual preparation time: %1 min</source>
        <translation>Usual preparation time: %1 min</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Riders: %1</source>
        <translation>Riders: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager PIN: %1</source>
        <translation>Manager PIN: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders: in the restaurant&apos;s database %1</source>
        <translation>Orders: in the restaurant&apos;s database %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders: kept on this screen</source>
        <translation>Orders: kept on this screen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New orders are confirmed automatically for: %1</source>
        <translation>New orders are confirmed automatically for: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Credentials: %1</source>
        <translation>Credentials: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparation time: asked at each Confirm (usual: %1 min)</source>
        <translation>Preparation time: asked at each Confirm (usual: %1 min)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the system keyring is not available and no other place for the credentials was chosen (Platforms page), so they will not be saved</source>
        <translation>the system keyring is not available and no other place for the credentials was chosen (Platforms page), so they will not be saved</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the encrypted credentials file needs a manager PIN (Manager PIN page)</source>
        <translation>the encrypted credentials file needs a manager PIN (Manager PIN page)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected after Finish: %1. Why: %2.</source>
        <translation>Not connected after Finish: %1. Why: %2.</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Optional: when several screens work together, the restaurant&apos;s database.</source>
        <translation>Optional: when several screens work together, the restaurant&apos;s database.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check, then tap Finish.</source>
        <translation>Check, then tap Finish.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Set up KDS</source>
        <translation>Set up KDS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to KDS. A few questions and the board opens; everything can be changed later in Settings.</source>
        <translation>Welcome to KDS. A few questions and the board opens; everything can be changed later in Settings.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch on the platforms this restaurant sells on.</source>
        <translation>Switch on the platforms this restaurant sells on.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the thermal printer for kitchen tickets and receipts.</source>
        <translation>Optional: the thermal printer for kitchen tickets and receipts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How new orders are handled.</source>
        <translation>How new orders are handled.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: a PIN that managers type to cancel, refund or change settings.</source>
        <translation>Optional: a PIN that managers type to cancel, refund or change settings.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../kds/ui/widgets/overlay.py" line="+112"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/confirm.py" line="-9"/>
        <source>Confirm %1 — ready in how long?</source>
        <translation>Confirm %1 — ready in how long?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform tells the customer and the rider.</source>
        <translation>The platform tells the customer and the rider.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 min · usual</source>
        <translation>%1 min · usual</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/reason.py" line="+45"/>
        <source>Why?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Which dishes ran out?</source>
        <translation>Which dishes ran out?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Also mark them sold out until end of day</source>
        <translation>Also mark them sold out until end of day</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../kds/ui/sheets/refund.py" line="+138"/>
        <source>Write why (needed for “Other”)</source>
        <translation>Write why (needed for “Other”)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write why</source>
        <translation>Write why</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose a reason.</source>
        <translation>Choose a reason.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a few words for the platform.</source>
        <translation>Write a few words for the platform.</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/refund.py" line="-97"/>
        <source>%1 each</source>
        <translation>%1 each</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Partial refund — %1</source>
        <translation>Partial refund — %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tap again to refund</source>
        <translation>Tap again to refund</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing left to refund</source>
        <translation>Nothing left to refund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left to refund</source>
        <translation>%1 left to refund</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Asking the platform what is left to refund…</source>
        <translation>Asking the platform what is left to refund…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform could not say what is left to refund: quantities and amount are estimates.</source>
        <translation>The platform could not say what is left to refund: quantities and amount are estimates.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Refund amount (from the platform): %1</source>
        <translation>Refund amount (from the platform): %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund amount (estimate): %1</source>
        <translation>Refund amount (estimate): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund %1</source>
        <translation>Refund %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tap again to refund %1</source>
        <translation>Tap again to refund %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/board.py" line="+207"/>
        <source>Confirming…</source>
        <translation>Confirming…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../kds/ui/widgets/card_layout.py" line="+116"/>
        <source>time is up</source>
        <translation>time is up</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../kds/ui/widgets/card_layout.py" line="+5"/>
        <source>accepted automatically in</source>
        <translation>accepted automatically in</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/card.py" line="-151"/>
        <source>Scheduled %1</source>
        <translation>Scheduled %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="+8"/>
        <location line="+129"/>
        <source>Refund requested</source>
        <translation>Refund requested</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/card.py" line="-216"/>
        <source>Reading the address…</source>
        <translation>Reading the address…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address not available: see the platform app</source>
        <translation>Address not available: see the platform app</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../kds/ui/windows/order_text.py" line="-55"/>
        <source>whole order</source>
        <translation>whole order</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ORDER DETAILS COULD NOT BE READ</source>
        <translation>ORDER DETAILS COULD NOT BE READ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this order on the %1 tablet.</source>
        <translation>Check this order on the %1 tablet.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Refunded 1 item · %1</source>
        <translation>Refunded 1 item · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded %1 items · %2</source>
        <translation>Refunded %1 items · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded · %1</source>
        <translation>Refunded · %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CANCELLED BY THE CUSTOMER</source>
        <translation>CANCELLED BY THE CUSTOMER</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>CANCELLED BY THE PLATFORM</source>
        <translation>CANCELLED BY THE PLATFORM</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>CANCELLED</source>
        <translation>CANCELLED</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop preparing this order.</source>
        <translation>Stop preparing this order.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../kds/ui/wording.py" line="-167"/>
        <location line="+37"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../kds/ui/wording.py" line="-182"/>
        <location line="+17"/>
        <location line="+17"/>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../kds/ui/wording.py" line="+110"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out since</source>
        <translation>Out since</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 in a moment…</source>
        <translation>%1 in a moment…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending %1…</source>
        <translation>Sending %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrying %1: %2</source>
        <translation>Retrying %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry %1</source>
        <translation>Retry %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed — %2</source>
        <translation>%1 failed — %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../kds/ui/wording.py" line="-137"/>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Details not readable yet — retrying. Use the %1 tablet if it cannot wait.</source>
        <translation>Details not readable yet — retrying. Use the %1 tablet if it cannot wait.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OK, seen</source>
        <translation>OK, seen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../kds/ui/viewmodels/stations.py" line="+103"/>
        <source>1 item</source>
        <translation>1 item</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../kds/ui/viewmodels/stations.py" line="+0"/>
        <source>%1 items</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order details not read</source>
        <translation>Order details not read</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/health.py" line="+126"/>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>polled by %1</source>
        <translation>polled by %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>polled by another screen</source>
        <translation>polled by another screen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connecting…</source>
        <translation>connecting…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>polled %1</source>
        <translation>polled %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+60"/>
        <source>last good poll %1</source>
        <translation>last good poll %1</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>token expires %1</source>
        <translation>token expires %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token renewal failed</source>
        <translation>token renewal failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token expired</source>
        <translation>token expired</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the merchant access token has expired, so actions and order details fail. Enter a new token in Settings.</source>
        <translation>%1: the merchant access token has expired, so actions and order details fail. Enter a new token in Settings.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: renewing the merchant access token failed (%2); KDS tries again. If this stays, enter a new token in Settings.</source>
        <translation>%1: renewing the merchant access token failed (%2); KDS tries again. If this stays, enter a new token in Settings.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: renewing the merchant access token failed (%2). It works until %3; KDS tries again. If this stays, enter a new token in Settings.</source>
        <translation>%1: renewing the merchant access token failed (%2). It works until %3; KDS tries again. If this stays, enter a new token in Settings.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the merchant access token expires on %3. KDS renews it by itself; if it cannot, enter a new token in Settings.</source>
        <translation>%1: the merchant access token expires on %3. KDS renews it by itself; if it cannot, enter a new token in Settings.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the merchant access token expires on %3 and KDS cannot renew it (no refresh token). Enter a new token in Settings before then.</source>
        <translation>%1: the merchant access token expires on %3 and KDS cannot renew it (no refresh token). Enter a new token in Settings before then.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2 failed polls in a row)</source>
        <translation>%1 (%2 failed polls in a row)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ORDERS MAY BE MISSED. </source>
        <translation>ORDERS MAY BE MISSED. </translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/bars.py" line="+31"/>
        <location filename="../kds/ui/windows/main_window.py" line="+195"/>
        <source>KDS</source>
        <translation>KDS</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/more.py" line="-3"/>
        <location filename="../kds/ui/widgets/bars.py" line="+12"/>
        <location line="+33"/>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../kds/ui/widgets/bars.py" line="-35"/>
        <location line="+34"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/bars.py" line="-33"/>
        <location line="+23"/>
        <source>Mute 5 min</source>
        <translation>Mute 5 min</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/more.py" line="-2"/>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/bars.py" line="-3"/>
        <source>Muted %1</source>
        <translation>Muted %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Sound is off — no audio device</source>
        <translation>Sound is off — no audio device</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../kds/ui/windows/main_window.py" line="+35"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Tap Confirm to accept · tap a card for details</source>
        <translation>Tap Confirm to accept · tap a card for details</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/board_view.py" line="-2"/>
        <location filename="../kds/ui/wording.py" line="+133"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/wording.py" line="+1"/>
        <location line="+33"/>
        <source>Preparing</source>
        <translation>Preparing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out / Done</source>
        <translation>Out / Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No new orders.
New orders ring and appear here.</source>
        <translation>No new orders.
New orders ring and appear here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing being prepared.</source>
        <translation>Nothing being prepared.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing waiting for pickup.</source>
        <translation>Nothing waiting for pickup.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished orders stay here for 30 minutes.</source>
        <translation>Finished orders stay here for 30 minutes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scheduled orders.</source>
        <translation>No scheduled orders.</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>+ %1 more below · %2 cancelled</source>
        <translation>+ %1 more below · %2 cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ %1 more below</source>
        <translation>+ %1 more below</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/card_delegate.py" line="+229"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/widgets/card_layout.py" line="+34"/>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/card_layout.py" line="+207"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/drawer.py" line="-170"/>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+27"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Reprint kitchen ticket</source>
        <translation>Reprint kitchen ticket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print kitchen ticket</source>
        <translation>Print kitchen ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint receipt</source>
        <translation>Reprint receipt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print receipt</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint delivery slip</source>
        <translation>Reprint delivery slip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print delivery slip</source>
        <translation>Print delivery slip</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>placed %1</source>
        <translation>placed %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scheduled %1</source>
        <translation>scheduled %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cancelled: %1</source>
        <translation>cancelled: %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/history.py" line="-3"/>
        <source>Today&apos;s finished orders</source>
        <translation>Today&apos;s finished orders</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search by order number, customer or item</source>
        <translation>Search by order number, customer or item</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>1 order</source>
        <translation>1 order</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 orders</source>
        <translation>%1 orders</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/main_window.py" line="-558"/>
        <location line="+547"/>
        <location filename="../kds/ui/windows/store_wait.py" line="+80"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="-512"/>
        <location line="+520"/>
        <source>All-day</source>
        <translation>All-day</translation>
    </message>
    <message>
        <location line="-509"/>
        <location line="+507"/>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/more.py" line="-2"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/main_window.py" line="-477"/>
        <location line="+486"/>
        <location filename="../kds/ui/windows/store_wait.py" line="-21"/>
        <location line="+24"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location line="-484"/>
        <location line="+482"/>
        <source>Connect…</source>
        <translation>Connect…</translation>
    </message>
    <message>
        <location line="-477"/>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>%1 new · %2 preparing · %3 ready</source>
        <translation>%1 new · %2 preparing · %3 ready</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear all seen (%1)</source>
        <translation>Clear all seen (%1)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 closed your store after a missed order</source>
        <translation>%1 closed your store after a missed order</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your store is still closed on %1 during opening hours</source>
        <translation>Your store is still closed on %1 during opening hours</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pause the store</source>
        <translation>Pause the store</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>See the day&apos;s report</source>
        <translation>See the day&apos;s report</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../kds/ui/windows/store_wait.py" line="-45"/>
        <source>Restaurant database not reachable — retrying… (%1)</source>
        <translation>Restaurant database not reachable — retrying… (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong and was logged: %1</source>
        <translation>Something went wrong and was logged: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Too late to undo: it was already sent.</source>
        <translation>Too late to undo: it was already sent.</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/print_wiring.py" line="+60"/>
        <source>Nothing was sent: no printer prints this.</source>
        <translation>Nothing was sent: no printer prints this.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This job is not waiting for a retry any more.</source>
        <translation>This job is not waiting for a retry any more.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: REPRINT #%2 sent to %3</source>
        <translation>%1: REPRINT #%2 sent to %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent to %2</source>
        <translation>%1 sent to %2</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_sheets.py" line="+106"/>
        <source>Cancel order %1?</source>
        <translation>Cancel order %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order %1</source>
        <translation>Cancel order %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to cancel %1</source>
        <translation>Tap again to cancel %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The customer gets the whole order refunded.</source>
        <translation>The customer gets the whole order refunded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer gets the requested items refunded.</source>
        <translation>The customer gets the requested items refunded.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount: %1</source>
        <translation>Amount: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree to the refund request of %1?</source>
        <translation>Agree to the refund request of %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to agree to the refund</source>
        <translation>Tap again to agree to the refund</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reject the refund request of %1?</source>
        <translation>Reject the refund request of %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/wording.py" line="-150"/>
        <source>Reject refund</source>
        <translation>Reject refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to reject the refund</source>
        <translation>Tap again to reject the refund</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dispatch %1 — who takes it?</source>
        <translation>Dispatch %1 — who takes it?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who takes %1 now?</source>
        <translation>Who takes %1 now?</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/setup_wiring.py" line="-65"/>
        <location line="+4"/>
        <location filename="../kds/ui/windows/store_wait.py" line="+57"/>
        <source>Open Settings</source>
        <translation>Open Settings</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Saved. Platform, printer and order settings take effect when KDS starts again.</source>
        <translation>Saved. Platform, printer and order settings take effect when KDS starts again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Another screen changed the restaurant&apos;s settings. Platform, printer and order settings take effect when KDS starts again.</source>
        <translation>Another screen changed the restaurant&apos;s settings. Platform, printer and order settings take effect when KDS starts again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another screen changed the restaurant&apos;s settings: they apply here too.</source>
        <translation>Another screen changed the restaurant&apos;s settings: they apply here too.</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/main_window.py" line="+115"/>
        <source>Leave full screen</source>
        <translation>Leave full screen</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/more.py" line="+2"/>
        <source>Exit full screen</source>
        <translation>Exit full screen</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/main_window.py" line="+43"/>
        <source>KDS · DEMO</source>
        <translation>KDS · DEMO</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/bump_bar.py" line="+114"/>
        <source>Select a ticket with its number first.</source>
        <translation>Select a ticket with its number first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter has nothing to do for this ticket; Space opens it.</source>
        <translation>Enter has nothing to do for this ticket; Space opens it.</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_text.py" line="-42"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order note</source>
        <translation>Order note</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled — payment settled</source>
        <translation>Cancelled — payment settled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not paid yet</source>
        <translation>Not paid yet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>paid online</source>
        <translation>paid online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>collect on delivery</source>
        <translation>collect on delivery</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change for %1</source>
        <translation>change for %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No payment details</source>
        <translation>No payment details</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/report.py" line="-286"/>
        <location filename="../kds/ui/windows/order_text.py" line="+10"/>
        <location filename="../kds/ui/wording.py" line="+160"/>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_text.py" line="+7"/>
        <source>no phone number</source>
        <translation>no phone number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden by the platform</source>
        <translation>hidden by the platform</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>decrypting for your rider…</source>
        <translation>decrypting for your rider…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>decrypted once the order is accepted</source>
        <translation>decrypted once the order is accepted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the platform did not decrypt it</source>
        <translation>the platform did not decrypt it</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/riders_form.py" line="-23"/>
        <source>Riders</source>
        <translation>Riders</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your own riders, for orders the restaurant delivers itself. Dispatch asks which one takes the order and tells the platform, so the customer knows who is coming.</source>
        <translation>Your own riders, for orders the restaurant delivers itself. Dispatch asks which one takes the order and tells the platform, so the customer knows who is coming.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a rider</source>
        <translation>Add a rider</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rider %1</source>
        <translation>Rider %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../kds/ui/windows/order_text.py" line="+15"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With the country code, e.g. +852.</source>
        <translation>With the country code, e.g. +852.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this rider</source>
        <translation>Remove this rider</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Rider %1: check the name, the phone (digits, spaces and + only) and the plate.</source>
        <translation>Rider %1: check the name, the phone (digits, spaces and + only) and the plate.</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_text.py" line="+2"/>
        <source>Orders here</source>
        <translation>Orders here</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>encrypted until decrypted for your rider</source>
        <translation>encrypted until decrypted for your rider</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rider</source>
        <translation>Rider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pickup code</source>
        <translation>Pickup code</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not acknowledged yet</source>
        <translation>not acknowledged yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No events stored</source>
        <translation>No events stored</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 attempts</source>
        <translation>%1 attempts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>already done on the platform</source>
        <translation>already done on the platform</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No actions yet</source>
        <translation>No actions yet</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="-186"/>
        <location line="+17"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+17"/>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <location line="+17"/>
        <location line="+142"/>
        <location line="+120"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Change rider…</source>
        <translation>Change rider…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund…</source>
        <translation>Refund…</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_sheets.py" line="-27"/>
        <location filename="../kds/ui/wording.py" line="+18"/>
        <source>Agree refund</source>
        <translation>Agree refund</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="-3"/>
        <source>Change rider</source>
        <translation>Change rider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+164"/>
        <source>Partial refund</source>
        <translation>Partial refund</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/board.py" line="-12"/>
        <location filename="../kds/ui/wording.py" line="-154"/>
        <location line="+141"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="-140"/>
        <source>Marked ready</source>
        <translation>Marked ready</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rider changed</source>
        <translation>Rider changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation sent</source>
        <translation>Cancellation sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund sent</source>
        <translation>Refund sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund agreed</source>
        <translation>Refund agreed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund rejected</source>
        <translation>Refund rejected</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>sending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/printer_test.py" line="+55"/>
        <source>the printer could not be reached</source>
        <translation>the printer could not be reached</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the test page could not be queued</source>
        <translation>the test page could not be queued</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the printer did not finish the test page in time</source>
        <translation>the printer did not finish the test page in time</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../kds/ui/sheets/store.py" line="-79"/>
        <location filename="../kds/ui/wording.py" line="+1"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="-46"/>
        <source>Agree refund…</source>
        <translation>Agree refund…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>undone</source>
        <translation>undone</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform rejected our login</source>
        <translation>The platform rejected our login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the platform</source>
        <translation>Could not reach the platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform refused</source>
        <translation>The platform refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not possible in the order&apos;s current state</source>
        <translation>Not possible in the order&apos;s current state</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform sent an unreadable answer</source>
        <translation>The platform sent an unreadable answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order is not stored</source>
        <translation>The order is not stored</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This order is no longer on this screen.</source>
        <translation>This order is no longer on this screen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not possible any more: the order has moved on.</source>
        <translation>Not possible any more: the order has moved on.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a reason first.</source>
        <translation>Choose a reason first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one item.</source>
        <translation>Choose at least one item.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a rider first.</source>
        <translation>Choose a rider first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The action could not be recorded.</source>
        <translation>The action could not be recorded.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>motorbike</source>
        <translation>motorbike</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scooter</source>
        <translation>scooter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bicycle</source>
        <translation>bicycle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>car</source>
        <translation>car</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on foot</source>
        <translation>on foot</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>login rejected: check the platform credentials</source>
        <translation>login rejected: check the platform credentials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slowed down by the platform (rate limit)</source>
        <translation>slowed down by the platform (rate limit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot reach the platform</source>
        <translation>cannot reach the platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform sent unreadable data</source>
        <translation>the platform sent unreadable data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some order details not read yet (retrying)</source>
        <translation>some order details not read yet (retrying)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 reported a notification error</source>
        <translation>%1 reported a notification error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reported a notification error: %2</source>
        <translation>%1 reported a notification error: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reported a problem</source>
        <translation>%1 reported a problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 reported a problem: %2</source>
        <translation>%1 reported a problem: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pickup</source>
        <translation>Pickup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own delivery</source>
        <translation>Own delivery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dine-in</source>
        <translation>Dine-in</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Closed by the platform</source>
        <translation>Closed by the platform</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its final time passed</source>
        <translation>its final time passed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not marked collected in time</source>
        <translation>not marked collected in time</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New order</source>
        <translation>New order</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out for delivery</source>
        <translation>Out for delivery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picked up</source>
        <translation>Picked up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation asked for</source>
        <translation>Cancellation asked for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation refused</source>
        <translation>Cancellation refused</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refund not given</source>
        <translation>Refund not given</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rider update</source>
        <translation>Rider update</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>our action went through</source>
        <translation>our action went through</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by the customer</source>
        <translation>by the customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by the restaurant</source>
        <translation>by the restaurant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>by the platform</source>
        <translation>by the platform</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delivery fee</source>
        <translation>Delivery fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fee</source>
        <translation>Service fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packaging</source>
        <translation>Packaging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit card</source>
        <translation>Credit card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit card</source>
        <translation>Debit card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meal voucher</source>
        <translation>Meal voucher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food voucher</source>
        <translation>Food voucher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital wallet</source>
        <translation>Digital wallet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepaid</source>
        <translation>Prepaid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SOLD OUT</source>
        <translation>SOLD OUT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ID check</source>
        <translation>ID check</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allergy</source>
        <translation>Allergy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>accept within</source>
        <translation>accept within</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer within</source>
        <translation>answer within</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start in</source>
        <translation>start in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preparing</source>
        <translation>preparing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready for</source>
        <translation>ready for</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Out of some dishes</source>
        <translation>Out of some dishes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing / not trading now</source>
        <translation>Closing / not trading now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough staff</source>
        <translation>Not enough staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (write why)</source>
        <translation>Other (write why)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food already prepared</source>
        <translation>Food already prepared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already out for delivery</source>
        <translation>Already out for delivery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item out of stock</source>
        <translation>Item out of stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items out of stock</source>
        <translation>Items out of stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item damaged</source>
        <translation>Item damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item</source>
        <translation>Wrong item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer asked</source>
        <translation>Customer asked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too busy</source>
        <translation>Too busy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restaurant closed</source>
        <translation>Restaurant closed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rider assigned</source>
        <translation>Rider assigned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rider on the way</source>
        <translation>Rider on the way</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rider here</source>
        <translation>Rider here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rider picked up</source>
        <translation>Rider picked up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rider delivering</source>
        <translation>Rider delivering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rider cancelled</source>
        <translation>Rider cancelled</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/card.py" line="-224"/>
        <location filename="../kds/ui/wording.py" line="+2"/>
        <source>Rider: %1</source>
        <translation>Rider: %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="+10"/>
        <source>Refund request — status %1</source>
        <translation>Refund request — status %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 s ago</source>
        <translation>%1 s ago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>%1 min ago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h ago</source>
        <translation>%1 h ago</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/print_problems.py" line="-20"/>
        <source>Print jobs that did not print</source>
        <translation>Print jobs that did not print</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry sends a job again. If a job was cut off, look at the printer: Printed OK if the paper is there, else Reprint.</source>
        <translation>Retry sends a job again. If a job was cut off, look at the printer: Printed OK if the paper is there, else Reprint.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing left to do: every job printed.</source>
        <translation>Nothing left to do: every job printed.</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/print_lines.py" line="+61"/>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+103"/>
        <source>printing…</source>
        <translation>printing…</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>paper low</source>
        <translation>paper low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paper out</source>
        <translation>paper out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked yet</source>
        <translation>not checked yet</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The printer does not report its paper; the last connection worked.</source>
        <translation>The printer does not report its paper; the last connection worked.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../kds/ui/windows/drawer.py" line="-114"/>
        <source>Kitchen ticket</source>
        <translation>Kitchen ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/windows/drawer.py" line="+0"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation slip</source>
        <translation>Cancellation slip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund slip</source>
        <translation>Refund slip</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/windows/drawer.py" line="+0"/>
        <source>Delivery slip</source>
        <translation>Delivery slip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test page</source>
        <translation>Test page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End-of-day slip</source>
        <translation>End-of-day slip</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 · REPRINT #%2</source>
        <translation>%1 · REPRINT #%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>did not print; a later copy did</source>
        <translation>did not print; a later copy did</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting to print</source>
        <translation>waiting to print</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>printed %1</source>
        <translation>printed %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not printed: %1</source>
        <translation>not printed: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown error</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trying again at %1</source>
        <translation>trying again at %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>may have printed: it was cut off while printing. Check the printer.</source>
        <translation>may have printed: it was cut off while printing. Check the printer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed OK</source>
        <translation>Printed OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open order</source>
        <translation>Open order</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Kitchen ticket not printed</source>
        <translation>Kitchen ticket not printed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kitchen ticket may not have printed</source>
        <translation>Kitchen ticket may not have printed</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/printer_status.py" line="+23"/>
        <source>⚠ 1 print job did not print</source>
        <translation>⚠ 1 print job did not print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ %1 print jobs did not print</source>
        <translation>⚠ %1 print jobs did not print</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/receipt_preview.py" line="+94"/>
        <source>No preview: a font the printer&apos;s pictures need is not installed.</source>
        <translation>No preview: a font the printer&apos;s pictures need is not installed.</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/rider.py" line="+42"/>
        <source>Now with %1.</source>
        <translation>Now with %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform tells the customer who is coming.</source>
        <translation>The platform tells the customer who is coming.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No riders yet: add your riders in Settings → Riders.</source>
        <translation>No riders yet: add your riders in Settings → Riders.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dispatch without a name</source>
        <translation>Dispatch without a name</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/connection_test.py" line="+37"/>
        <source>These settings cannot be used: %1</source>
        <translation>These settings cannot be used: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The platform refused these credentials: %1</source>
        <translation>The platform refused these credentials: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not connect: %1</source>
        <translation>Could not connect: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform answered with a problem: %1</source>
        <translation>The platform answered with a problem: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform did not answer within %1 s.</source>
        <translation>The platform did not answer within %1 s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected: the platform accepted these credentials.</source>
        <translation>Connected: the platform accepted these credentials.</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/store.py" line="+60"/>
        <location filename="../kds/ui/windows/main_window.py" line="-483"/>
        <location line="+514"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Until resumed</source>
        <translation>Until resumed</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sent yet — retrying: %1</source>
        <translation>not sent yet — retrying: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent yet — retrying</source>
        <translation>not sent yet — retrying</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent yet</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+211"/>
        <source>reopening %1</source>
        <translation>reopening %1</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · until resumed</source>
        <translation>%1 · until resumed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · resumes %2 (%3)</source>
        <translation>%1 · resumes %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused — %1</source>
        <translation>Paused — %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>On which platforms:</source>
        <translation>On which platforms:</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/report.py" line="+190"/>
        <location filename="../kds/ui/sheets/store.py" line="+1"/>
        <source>All platforms</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/store.py" line="+5"/>
        <source>Pause new orders:</source>
        <translation>Pause new orders:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or pause until a time:</source>
        <translation>Or pause until a time:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Busy: add minutes to the preparation time sent on confirm, for an hour:</source>
        <translation>Busy: add minutes to the preparation time sent on confirm, for an hour:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+%1 min</source>
        <translation>+%1 min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End busy</source>
        <translation>End busy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sold out…</source>
        <translation>Sold out…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Busy adds its minutes to the preparation time sent on confirm.</source>
        <translation>Busy adds its minutes to the preparation time sent on confirm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Busy changes nothing here: this platform takes no preparation time on confirm.</source>
        <translation>Busy changes nothing here: this platform takes no preparation time on confirm.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Pause until %1</source>
        <translation>Pause until %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Pause it on the platform&apos;s own tablet</source>
        <translation>Pause it on the platform&apos;s own tablet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taking orders</source>
        <translation>Taking orders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused until resumed</source>
        <translation>Paused until resumed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused until %1</source>
        <translation>Paused until %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>busy +%1 min</source>
        <translation>busy +%1 min</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/stations_form.py" line="+0"/>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expo</source>
        <translation>Expo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word in the name</source>
        <translation>Word in the name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item code</source>
        <translation>Item code</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kitchen stations</source>
        <translation>Kitchen stations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This screen</source>
        <translation>This screen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This screen is</source>
        <translation>This screen is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter: every order and every action. Kitchen station: only the lines routed to it, in big type; tap a line when it is made, Bump when the station&apos;s part is done. Expo: every order with each station&apos;s progress.</source>
        <translation>Counter: every order and every action. Kitchen station: only the lines routed to it, in big type; tap a line when it is made, Bump when the station&apos;s part is done. Expo: every order with each station&apos;s progress.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which station</source>
        <translation>Which station</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The restaurant&apos;s stations</source>
        <translation>The restaurant&apos;s stations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared by every screen of the restaurant. Names as the kitchen says them: GRILL, DRINKS.</source>
        <translation>Shared by every screen of the restaurant. Names as the kitchen says them: GRILL, DRINKS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Station name</source>
        <translation>Station name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a station</source>
        <translation>Add a station</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lines no rule matches go to</source>
        <translation>Lines no rule matches go to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routing rules</source>
        <translation>Routing rules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tried from the top; the first that matches decides. A word matches the item&apos;s name in any language the platform sends, without accents or capitals.</source>
        <translation>Tried from the top; the first that matches decides. A word matches the item&apos;s name in any language the platform sends, without accents or capitals.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. suco, 茶, drinks, SKU-123</source>
        <translation>e.g. suco, 茶, drinks, SKU-123</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule %1</source>
        <translation>Rule %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goes to</source>
        <translation>Goes to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this rule</source>
        <translation>Remove this rule</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a rule</source>
        <translation>Add a rule</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Two stations have the same name.</source>
        <translation>Two stations have the same name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose which station this kitchen screen is.</source>
        <translation>Choose which station this kitchen screen is.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule %1: choose the station it goes to.</source>
        <translation>Rule %1: choose the station it goes to.</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/recall.py" line="-16"/>
        <source>Recall a bumped order</source>
        <translation>Recall a bumped order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap an order to bring it back to the screen.</source>
        <translation>Tap an order to bring it back to the screen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing bumped yet.</source>
        <translation>Nothing bumped yet.</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/stations.py" line="-70"/>
        <source>+ 1 item at %1</source>
        <translation>+ 1 item at %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ %1 items at %2</source>
        <translation>+ %1 items at %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 done</source>
        <translation>%1 done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 working</source>
        <translation>%1 working</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+17"/>
        <source>Bump</source>
        <translation>Bump</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/report_charts.py" line="+102"/>
        <source>Orders per hour</source>
        <translation>Orders per hour</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time to accept</source>
        <translation>Time to accept</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Deadline %1</source>
        <translation>Deadline %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/sold_out.py" line="+69"/>
        <source>told</source>
        <translation>told</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>telling…</source>
        <translation>telling…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed — retrying</source>
        <translation>failed — retrying</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed — mark it again or do it on the platform&apos;s tablet</source>
        <translation>failed — mark it again or do it on the platform&apos;s tablet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be told here: %1</source>
        <translation>cannot be told here: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>do it on the platform&apos;s tablet</source>
        <translation>do it on the platform&apos;s tablet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SOLD OUT until switched back</source>
        <translation>SOLD OUT until switched back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOLD OUT until %1</source>
        <translation>SOLD OUT until %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sold out</source>
        <translation>Sold out</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Search dishes (name or code)</source>
        <translation>Search dishes (name or code)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sold out until end of day</source>
        <translation>Sold out until end of day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For %1 h</source>
        <translation>For %1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until switched back</source>
        <translation>Until switched back</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back in stock</source>
        <translation>Back in stock</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Link with another dish…</source>
        <translation>Link with another dish…</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>No dish found. Dishes appear here once they were ordered.</source>
        <translation>No dish found. Dishes appear here once they were ordered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dish matches.</source>
        <translation>No dish matches.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to find the other %1 dishes.</source>
        <translation>Type to find the other %1 dishes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap the dish to link into the selected one.</source>
        <translation>Tap the dish to link into the selected one.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tap a dish to mark it sold out or back in stock.</source>
        <translation>Tap a dish to mark it sold out or back in stock.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>KDS tells it when you mark the dish</source>
        <translation>KDS tells it when you mark the dish</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Split off</source>
        <translation>Split off</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/counts.py" line="+155"/>
        <source>All-day counts</source>
        <translation>All-day counts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still to cook, every platform. Tap a dish to find its tickets.</source>
        <translation>Still to cook, every platform. Tap a dish to find its tickets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to cook.</source>
        <translation>Nothing to cook.</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/store_wait.py" line="-14"/>
        <source>The board opens by itself as soon as the restaurant database answers.</source>
        <translation>The board opens by itself as soon as the restaurant database answers.</translation>
    </message>
</context>
<context>
    <name>Platforms</name>
    <message>
        <location filename="../kds/platforms/keeta_od/spec.py" line="+47"/>
        <source>Keeta — Open Delivery</source>
        <translation>Keeta — Open Delivery</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open Delivery</source>
        <translation>Open Delivery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KDS asks Keeta for new orders every 30 seconds. The IDs and secret are in Keeta&apos;s developer portal.</source>
        <translation>KDS asks Keeta for new orders every 30 seconds. The IDs and secret are in Keeta&apos;s developer portal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Closes the store on Keeta for every merchant ID of this station, and opens it again.</source>
        <translation>Closes the store on Keeta for every merchant ID of this station, and opens it again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Delivery only takes whole-menu updates: switch single dishes off on the Keeta tablet.</source>
        <translation>Open Delivery only takes whole-menu updates: switch single dishes off on the Keeta tablet.</translation>
    </message>
    <message>
        <location filename="../kds/platforms/keeta_std/spec.py" line="+64"/>
        <source>Keeta — Standard API</source>
        <translation>Keeta — Standard API</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeta sends orders to your relay (kds relay); KDS collects them there within a second.</source>
        <translation>Keeta sends orders to your relay (kds relay); KDS collects them there within a second.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pause on the Keeta tablet: KDS cannot close this store yet.</source>
        <translation>Pause on the Keeta tablet: KDS cannot close this store yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch dishes off on the Keeta tablet: KDS cannot do it there yet.</source>
        <translation>Switch dishes off on the Keeta tablet: KDS cannot do it there yet.</translation>
    </message>
    <message>
        <location filename="../kds/platforms/gofood/spec.py" line="+57"/>
        <source>GoFood</source>
        <translation>GoFood</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Manual: staff accept within 3 minutes, or GoFood rejects</source>
        <translation>Manual: staff accept within 3 minutes, or GoFood rejects</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-accept on timeout: accepted after 1 minute if nobody acts</source>
        <translation>Auto-accept on timeout: accepted after 1 minute if nobody acts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-accept: every order accepted at once</source>
        <translation>Auto-accept: every order accepted at once</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>GoBiz</source>
        <translation>GoBiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GoFood sends orders to your relay (kds relay); KDS collects them there within a second. Choose the acceptance mode that is set at GoBiz.</source>
        <translation>GoFood sends orders to your relay (kds relay); KDS collects them there within a second. Choose the acceptance mode that is set at GoBiz.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Closes the outlet on GoFood (force close) and opens it again.</source>
        <translation>Closes the outlet on GoFood (force close) and opens it again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch single dishes off in the GoBiz app: KDS cannot do it there yet.</source>
        <translation>Switch single dishes off in the GoBiz app: KDS cannot do it there yet.</translation>
    </message>
    <message>
        <location filename="../kds/platforms/zeek/spec.py" line="+43"/>
        <source>Zeek — Circle K (CKGo)</source>
        <translation>Zeek — Circle K (CKGo)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CKGo</source>
        <translation>CKGo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeek sends Circle K orders to your relay (kds relay); KDS collects them there within a second.</source>
        <translation>Zeek sends Circle K orders to your relay (kds relay); KDS collects them there within a second.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The relay answers every CKGo stock check &quot;out of stock&quot; while paused.</source>
        <translation>The relay answers every CKGo stock check &quot;out of stock&quot; while paused.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay answers CKGo&apos;s stock check for the dish &quot;out of stock&quot;; with the product update path set, CKGo&apos;s product list is switched too (BatchUpdateProduct).</source>
        <translation>The relay answers CKGo&apos;s stock check for the dish &quot;out of stock&quot;; with the product update path set, CKGo&apos;s product list is switched too (BatchUpdateProduct).</translation>
    </message>
</context>
</TS>
