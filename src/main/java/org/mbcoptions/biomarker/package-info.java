@NullMarked
package org.mbcoptions.biomarker;

import org.jspecify.annotations.NullMarked;
