"""`kds report`: the day's report on the command line."""
