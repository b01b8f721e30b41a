"""Qt item models over core's pandas DataFrames."""
