# State machine + observer + registry: a realistic class-heavy script
from enum import Enum, auto
from dataclasses import dataclass, field
from typing import Callable, Dict, List
class State(Enum):
    IDLE = auto(); RUNNING = auto(); PAUSED = auto(); DONE = auto()
    def __str__(self): return self.name.lower()
class Event(Enum):
    START = 'start'; PAUSE = 'pause'; RESUME = 'resume'; FINISH = 'finish'
class TransitionError(Exception):
    def __init__(self, state, event):
        super().__init__(f'cannot {event.value} while {state}')
        self.state, self.event = state, event
@dataclass
class Machine:
    name: str
    state: State = State.IDLE
    history: List[State] = field(default_factory=list)
    listeners: List[Callable] = field(default_factory=list, repr=False)
    TABLE = {(State.IDLE, Event.START): State.RUNNING, (State.RUNNING, Event.PAUSE): State.PAUSED,
             (State.PAUSED, Event.RESUME): State.RUNNING, (State.RUNNING, Event.FINISH): State.DONE}
    def fire(self, ev: Event) -> 'Machine':
        try:
            new = self.TABLE[(self.state, ev)]
        except KeyError:
            raise TransitionError(self.state, ev) from None
        self.history.append(self.state)
        old, self.state = self.state, new
        for l in self.listeners: l(self, old, new)
        return self
    def on_change(self, fn):
        self.listeners.append(fn); return fn
m = Machine('job1')
@m.on_change
def log(machine, old, new): print(f'  {machine.name}: {old} -> {new}')
for ev in [Event.START, Event.PAUSE, Event.FINISH, Event.RESUME, Event.FINISH, Event.START]:
    try:
        m.fire(ev)
    except TransitionError as e:
        print('  error:', e, '|', e.state.name, e.event)
print(m)
print([str(s) for s in m.history], m.state is State.DONE, State['PAUSED'].value, State(2))
counts: Dict[State, int] = {}
for s in m.history: counts[s] = counts.get(s, 0) + 1
print(sorted(counts.items(), key=lambda kv: kv[0].value))
print(f'{m.state}', f'{m.state!r}', '%s' % m.state, format(Event.START), f'{Event.PAUSE:>8}|')
