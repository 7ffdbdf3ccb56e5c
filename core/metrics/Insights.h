#pragma once

#include "data/Dataset.h"
#include "data/Split.h"
#include "metrics/Metrics.h"
#include "model/Model.h"
#include "train/Snapshots.h"

#include <cstdint>
#include <vector>

namespace nb {

// The data behind the insight views, computed here so it can be tested without widgets.

// Row-normalised confusion matrix: each actual class's row as shares summing to 1 (0 for an
// empty row). Row-major [classes x classes].
std::vector<double> rowNormalized(const ConfusionMatrix& cm);

struct GalleryItem {
    int64_t index;     // position in the validation set
    int actual;
    int predicted;
    float probability; // the model's probability for its predicted class
};
// Exactly the validation samples with this actual/predicted pair. Mistakes: most confident
// first. The diagonal (right answers): least confident first, the ones nearly missed.
std::vector<GalleryItem> confusionCell(const ValidationPredictions& p, int classes, int actual, int predicted);

// Classes over a grid covering 2-D data, for shading decision regions. Coordinates are in the
// data's own (unscaled) units; the model's scaler is applied before predicting.
struct DecisionGrid {
    int columns = 0, rows = 0;
    double xMin = 0, xMax = 0, yMin = 0, yMax = 0;
    std::vector<int> classes;       // row-major, row 0 at yMin
    std::vector<float> confidence;  // probability of that class
};
DecisionGrid decisionGrid(const Model& model, const Scaler& scaler, double xMin, double xMax, double yMin, double yMax,
    int columns, int rows);

// Predictions of a 1-D regression model along x, in the data's units.
std::vector<float> curve1D(const Model& model, const Scaler& scaler, const std::vector<float>& xs);

// Permutation importance on (scaled) validation data: how much worse the model gets when one
// feature's column is shuffled (accuracy drop for classes, MSE increase for values), averaged
// over `repeats` seeded shuffles. One value per feature.
std::vector<double> permutationImportance(const Model& model, const Dataset& validation, int repeats = 3, uint64_t seed = 1);

// A histogram of values over [lo, hi] in `bins` bins (values outside go to the end bins).
std::vector<int64_t> histogram(const std::vector<float>& values, double lo, double hi, int bins);

// Regression errors (predicted - actual) grouped by the actual value rounded to a whole number:
// the workshop's "errors per quality" figure.
struct ErrorsByTarget {
    std::vector<int> targets;               // sorted
    std::vector<std::vector<float>> errors; // one list per target
};
ErrorsByTarget errorsByTarget(const ValidationPredictions& p);

// A regression's validation predictions seen as classes: actual and predicted values rounded to
// whole numbers between the smallest and largest actual value ("which qualities does it confuse?").
// Returns the confusion matrix; classNames receives the values as text.
ConfusionMatrix roundedConfusion(const ValidationPredictions& p, std::vector<std::string>& classNames, ValidationPredictions& asClasses);

// Bounds of a dataset's first two features, widened by a margin (for the decision grid).
struct Bounds {
    double xMin, xMax, yMin, yMax;
};
Bounds featureBounds(const Dataset& data, double margin = 0.1);

} // namespace nb
