"""Code suggestions: the suggester (:mod:`.suggester`), learning from coded text
(:mod:`.learn`), worker processes (:mod:`.worker`) and how well it does (:mod:`.evaluate`)."""
