"""Queries over the coding: a small language of codes and operators
(:mod:`.grammar`), what each operator means on a document (:mod:`.evaluate`,
over the span sets of :mod:`.spans`), and running one over a project
(:mod:`.run`)."""
