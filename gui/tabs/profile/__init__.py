"""Kreisprofile tab, one module per part of the screen:

- ``tab``: ``ProfileTab`` — loading, selection, single district vs. comparison
- ``area_panel``: district list, "Vergleichen" switch and region map
- ``key_figures``: the key-figure cards
- ``development``: Entwicklung (population and business series with census breaks)
- ``groups``: Gewerbegruppen table and LQ bars
- ``study_section``: Ausbildung und Betriebsgröße
- ``comparison``: Kreisvergleich page
- ``data``: the worker job and the profile/series caches (no widgets)
"""

from gui.tabs.profile.tab import ProfileTab

__all__ = ["ProfileTab"]
