"""Widgets: one dock, dialog or map tool per module; they call core and never hold logic of their own."""
