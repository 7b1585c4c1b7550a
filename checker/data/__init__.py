"""Observed values: data files (CSV, workbooks, columnar) read into observations, matched to a plan, validated."""
