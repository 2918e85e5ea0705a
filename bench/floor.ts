// The floor for any JavaScript action: a bundle that only imports @actions/core and registers a secret.
import * as core from '@actions/core';

core.setSecret('bench-floor-secret');
