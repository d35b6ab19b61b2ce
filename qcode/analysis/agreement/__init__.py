"""Inter-coder agreement: the figures on counts (:mod:`.figures`), the unit
sweeps over codings (:mod:`.units`) and a project's report (:mod:`.report`)."""
