${text} ${n}
