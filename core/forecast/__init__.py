"""Supply and demand forecast of craft services per Gewerbegruppe and district (no Qt).

Modules: population (projection with published anchors), demand, supply, parameters (the one registry of
assumptions), scenarios (built-in and user-saved), model (the vectorised run), sensitivity, backtest.
"""
