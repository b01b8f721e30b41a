"""Labels for bubbles that never overlap: one placement for the portfolio tab and the portfolio slide.

Input in pixels (y pointing down): bubbles (centre and radius), each label's size, the area the labels
must stay in, and boxes already taken (e.g. the quadrant names). Bubbles are served biggest first:

1. a label that fits into its own bubble goes there (the least ambiguous place);
2. else the first free place touching the bubble: right, left, above, below, then the diagonals;
3. else rings further out (12 … 120 px from the bubble, 16 directions) — the label is joined to its
   bubble by a leader line from the bubble's edge to the label's nearest side;
4. else (an impossibly crowded chart) the right-hand place, overlapping; the caller's tooltip still names
   every bubble.

"Free" = inside the area, clear of every bubble (a label may not cover another bubble) and of every label
placed so far.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Rect = tuple[float, float, float, float]  # x0, y0, x1, y1
Point = tuple[float, float]


@dataclass(frozen=True)
class Placement:
    rect: Rect  # where the label goes
    inside: bool  # inside its own bubble (draw it in the bubble's contrast colour)
    lead: tuple[Point, Point] | None  # leader line (bubble edge, label side), when the label moved away


def _clear(r: Rect, area: Rect, circles: list[tuple[float, float, float]], taken: list[Rect],
           own: int | None = None) -> bool:
    x0, y0, x1, y1 = r
    if x0 < area[0] or x1 > area[2] or y0 < area[1] or y1 > area[3]:
        return False
    for k, (cx, cy, rad) in enumerate(circles):
        if k == own:
            continue
        nx, ny = min(max(cx, x0), x1), min(max(cy, y0), y1)
        if (nx - cx) ** 2 + (ny - cy) ** 2 < (rad - 1) ** 2:
            return False
    return all(x1 <= a0 or x0 >= a1 or y1 <= b0 or y0 >= b1 for a0, b0, a1, b1 in taken)


def place(circles: list[tuple[float, float, float]], sizes: list[tuple[float, float]], area: Rect,
          taken: list[Rect] | None = None, inside_margin: float = 8.0) -> list[Placement]:
    """One placement per bubble, in the order given (computed biggest bubble first)."""
    taken = list(taken or [])
    out: list[Placement | None] = [None] * len(circles)
    for i in sorted(range(len(circles)), key=lambda k: -circles[k][2]):
        cx, cy, rad = circles[i]
        w, h = sizes[i]
        if w < 2 * rad - inside_margin and h < 2 * rad - inside_margin:
            r = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
            taken.append(r)
            out[i] = Placement(r, True, None)
            continue
        near = [
            (cx + rad + 3, cy - h / 2), (cx - rad - 3 - w, cy - h / 2),
            (cx - w / 2, cy - rad - 2 - h), (cx - w / 2, cy + rad + 2),
            (cx + rad * 0.7, cy - rad * 0.7 - h), (cx + rad * 0.7, cy + rad * 0.7),
            (cx - rad * 0.7 - w, cy - rad * 0.7 - h), (cx - rad * 0.7 - w, cy + rad * 0.7),
        ]
        chosen: Placement | None = None
        for lx, ty in near:
            r = (lx, ty, lx + w, ty + h)
            if _clear(r, area, circles, taken, own=i):
                chosen = Placement(r, False, None)
                break
        if chosen is None:
            for dist in (12.0, 22.0, 34.0, 48.0, 64.0, 82.0, 100.0, 120.0):
                for k in range(16):
                    ang = math.pi * 2 * k / 16
                    dx, dy = math.cos(ang), -math.sin(ang)
                    px, py = cx + (rad + dist) * dx, cy + (rad + dist) * dy
                    lx = px if dx > 0.3 else (px - w if dx < -0.3 else px - w / 2)
                    ty = py if dy > 0.3 else (py - h if dy < -0.3 else py - h / 2)
                    r = (lx, ty, lx + w, ty + h)
                    if _clear(r, area, circles, taken, own=i):
                        ex, ey = cx + rad * dx, cy + rad * dy
                        side = (min(max(ex, lx), lx + w), min(max(ey, ty), ty + h))
                        chosen = Placement(r, False, ((ex, ey), side))
                        break
                if chosen is not None:
                    break
        if chosen is None:
            lx, ty = near[0]
            chosen = Placement((lx, ty, lx + w, ty + h), False, None)
        taken.append(chosen.rect)
        out[i] = chosen
    return [p for p in out if p is not None]
