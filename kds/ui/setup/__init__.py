"""Setting a station up: the first-run wizard, the settings panel, the manager PIN and the About sheet.

The forms are shared by the wizard and the settings panel (`platforms_form`, `printer_form`,
`forms`); `station` saves what they produce (settings file, OS keyring, start at sign-in).
"""
