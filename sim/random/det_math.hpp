#pragma once
// Logarithm and exponential built only from IEEE-exact operations (+ - * / and
// exponent scaling), so samples are bit-identical whatever libm a machine has.
// Relative error below 2e-16 on the ranges the distributions use.

namespace burgers::random {

// Natural logarithm of x > 0.
double det_log(double x);
// e^x for |x| < 700.
double det_exp(double x);

}  // namespace burgers::random
