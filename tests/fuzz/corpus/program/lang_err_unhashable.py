s = {[1, 2]: "list key"}
