"""The Reports window: its filter bar, figure tabs, tables, chart, coded segments
and words."""
