"""``qcode bench``: speed figures on a synthetic project, each beside its target.

Targets are for the reference machine (2 cores, 24 GB).  These are
measurements, not tests: nothing fails when a target is missed, the figure
is simply shown as missed.  :mod:`qcode.bench.run` is the main run; each
other module measures one family of figures on the project it is handed.
"""
