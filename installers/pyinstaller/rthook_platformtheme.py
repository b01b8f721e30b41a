"""PyInstaller runtime hook (frozen Linux bundle): native file dialogs without the GTK3 platform theme.

The bundle leaves out Qt's GTK3 theme plugin (it needs the system's GTK and would drag cairo, pango and
gdk-pixbuf into the bundle). Widgets look the same everywhere anyway (Fusion with the app's palette);
what a desktop user would miss is the desktop's own file dialog. In a desktop session Qt's
xdg-desktop-portal theme provides it (GNOME, KDE and others run the portal service); where no portal
answers, Qt falls back to its own dialog and to the built-in GNOME/KDE theme for fonts and icons.
A theme chosen by the user (``QT_QPA_PLATFORMTHEME``) is left alone.
"""

import os
import sys

if (sys.platform.startswith("linux") and "QT_QPA_PLATFORMTHEME" not in os.environ
        and os.environ.get("XDG_CURRENT_DESKTOP") and os.environ.get("QT_QPA_PLATFORM", "xcb") != "offscreen"):
    os.environ["QT_QPA_PLATFORMTHEME"] = "xdgdesktopportal"
