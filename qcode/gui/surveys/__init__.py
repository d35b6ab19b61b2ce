"""File ▸ Import survey or spreadsheet: a sheet of answers as short documents."""
