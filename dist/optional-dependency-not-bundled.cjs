// Stands in for the mongodb driver's optional dependencies in this bundle: see scripts/build.ts.
throw new Error('not bundled with this action (scripts/build.ts)');
