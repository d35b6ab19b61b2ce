"""From coded passages to findings: the query builder, speakers, cases, the
framework matrix, links between codings, source grades and corroboration."""
