"""Small reusable widgets shared by the tabs (source line, ...)."""
