"""Building blocks shared by the app's features: the table-model base, the code
picker, text positions as Qt counts them, one-line text, small questions."""
