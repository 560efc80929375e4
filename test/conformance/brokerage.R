# Gould-Fernandez brokerage scores with R's sna, for generate.py.
# Usage: Rscript brokerage.R ARCS N CLASSES OUT
#   ARCS: one arc per line, "from to", 1-based vertex numbers (an undirected tie is two arcs)
#   CLASSES: one class label per line, in vertex order
#   OUT: raw.nli, one vertex per line: w_I w_O b_IO b_OI b_O t
suppressMessages(library(sna))
args <- commandArgs(trailingOnly = TRUE)
n <- as.integer(args[2])
g <- matrix(0, n, n)
arcs <- read.table(args[1])
g[cbind(arcs[, 1], arcs[, 2])] <- 1
cl <- readLines(args[3])
b <- brokerage(g, cl)
write.table(format(b$raw.nli, digits = 17), args[4], quote = FALSE, col.names = FALSE,
            row.names = FALSE)
cat(as.character(packageVersion("sna")), "\n")
