"""Domain constants shared by the core, the processing provider and the widgets (no Qt here)."""
