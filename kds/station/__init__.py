"""The station's own state: its settings file and migrations, credentials in the keyring, autostart."""
