"""The plugin's logic: platform client, authentication, geometry, CAP, layers, live feed (no widgets, no iface)."""
