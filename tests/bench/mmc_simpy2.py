#!/usr/bin/python3
"""The M/M/4 model of tests/bench/mmc.toml written with SimPy 2's API (Debian's
python3-simpy, SimPy 2.3.1), as a SimPy user would write it: a source process lets
customers in at exponential gaps (the first one gap after 0), each customer requests
one of 4 servers, holds it for an exponential service time and releases it. Like
`burgers run --formats summary` it reports the customers served, the mean wait and the
mean time in the system.

    /usr/bin/python3 tests/bench/mmc_simpy2.py [CUSTOMERS] [SEED]
"""
import random
import sys

from SimPy.Simulation import Process, Resource, Simulation, hold, release, request

MEAN_GAP = 16.666667  # seconds: 3.6 arrivals per minute
MEAN_SERVICE = 60.0  # seconds: 1 service per minute
SERVERS = 4


class Totals:
    def __init__(self):
        self.served = 0
        self.wait = 0.0
        self.sojourn = 0.0


class Customer(Process):
    def visit(self, server, rng, totals):
        arrived = self.sim.now()
        yield request, self, server
        totals.wait += self.sim.now() - arrived
        yield hold, self, rng.expovariate(1.0 / MEAN_SERVICE)
        yield release, self, server
        totals.served += 1
        totals.sojourn += self.sim.now() - arrived


class Source(Process):
    def generate(self, count, server, rng, totals):
        for _ in range(count):
            yield hold, self, rng.expovariate(1.0 / MEAN_GAP)
            customer = Customer(sim=self.sim)
            self.sim.activate(customer, customer.visit(server, rng, totals))


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    rng = random.Random(seed)
    sim = Simulation()
    sim.initialize()
    server = Resource(capacity=SERVERS, sim=sim)
    totals = Totals()
    source = Source(sim=sim)
    sim.activate(source, source.generate(count, server, rng, totals))
    sim.simulate(until=1e15)
    served = max(totals.served, 1)
    print(f"customers {totals.served}, mean wait {totals.wait / served:.3f} s, "
          f"mean sojourn {totals.sojourn / served:.3f} s, end {sim.now():.3f} s")


if __name__ == "__main__":
    main()
