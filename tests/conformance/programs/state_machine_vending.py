class VendingMachine:
    PRICES = {"cola": 150, "chips": 100, "candy": 65}
    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.stock = {"cola": 2, "chips": 1, "candy": 5}
        self.sales = 0
    def event(self, name, arg=None):
        handler = getattr(self, f"on_{self.state}_{name}", None)
        if handler is None:
            return f"[{self.state}] ignored {name}"
        return handler(arg)
    def on_idle_coin(self, v):
        self.credit += v
        self.state = "collecting"
        return f"credit {self.credit}"
    def on_collecting_coin(self, v):
        self.credit += v
        return f"credit {self.credit}"
    def on_collecting_select(self, item):
        if item not in self.PRICES:
            return f"unknown item {item}"
        if self.stock[item] == 0:
            return f"{item} sold out"
        price = self.PRICES[item]
        if self.credit < price:
            return f"need {price - self.credit} more"
        self.stock[item] -= 1
        change, self.credit = self.credit - price, 0
        self.sales += price
        self.state = "idle"
        return f"vend {item}, change {self.change_coins(change)}"
    def on_collecting_refund(self, _):
        c, self.credit, self.state = self.credit, 0, "idle"
        return f"refund {self.change_coins(c)}"
    @staticmethod
    def change_coins(amount):
        coins = []
        for c in (100, 25, 10, 5):
            while amount >= c:
                coins.append(c)
                amount -= c
        return coins
vm = VendingMachine()
script = [("select", "cola"), ("coin", 100), ("select", "cola"), ("coin", 100), ("select", "cola"),
          ("coin", 25), ("coin", 25), ("select", "chips"), ("coin", 100), ("select", "chips"),
          ("select", "water"), ("refund", None), ("refund", None), ("coin", 200), ("select", "candy")]
for ev, arg in script:
    print(f"{ev:<7} {str(arg):<6} -> {vm.event(ev, arg)}")
print(vm.state, vm.credit, vm.stock, vm.sales)
