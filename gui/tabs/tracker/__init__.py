"""Parts of the Empfehlungen tab: tree, detail pane, sub-tables, status chart, undo commands, dialogs."""
