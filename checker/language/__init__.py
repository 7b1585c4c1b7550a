"""The words of plans: the target-phrase grammar, numbers and numerals, units, scripts and English."""
