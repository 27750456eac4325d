"""The county's web console (server-rendered pages under /console): see `mount_console`."""
from app.server.web.routes import mount_console

__all__ = ["mount_console"]
