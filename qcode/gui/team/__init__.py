"""Working as a team: the Inter-coder agreement window (tables, side-by-side
compare), Merge project and Prepare coder copies."""
