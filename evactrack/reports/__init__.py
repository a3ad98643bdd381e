"""Printed reports (daily status, movement manifest, case sheet) as PDF bytes, without Qt."""
