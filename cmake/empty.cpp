// Placeholder translation unit for a library whose sources are being written (temporary).
