"""The Qt desktop interface. Everything with PySide6 lives here and only here."""
