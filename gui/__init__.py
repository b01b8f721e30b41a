"""Everything Qt: the desktop application. Importing this package itself does not import Qt."""
