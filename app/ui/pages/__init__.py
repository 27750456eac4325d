"""Part of the desktop interface."""
