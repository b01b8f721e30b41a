"""Compatibility name: the atomic writer lives in :mod:`core.atomic_file` (used by every writer, not only
exports)."""

from core.atomic_file import atomic_write, check_target, write_bytes, write_text

__all__ = ["atomic_write", "check_target", "write_bytes", "write_text"]
