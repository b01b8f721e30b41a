"""Recommendations tracker: the study's 10 recommendations and the measures taken on them (no Qt).

Modules: ``model`` (statuses, fields, validation), ``seed`` (the 10 recommendations), ``store`` (tables,
migrations, edits with history), ``backup`` (rolling backups, restore, corrupt-file recovery), ``transfer``
(JSON export/import with merge conflicts).
"""
