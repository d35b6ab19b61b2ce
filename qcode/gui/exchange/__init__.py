"""Files in and out of the app: the one export flow and every export that uses it,
and the imports of documents, codebooks (.qdc) and REFI-QDA projects (.qdpx)."""
