import circfrom_pkg.early as early
LATE = "late sees " + early.EARLY
