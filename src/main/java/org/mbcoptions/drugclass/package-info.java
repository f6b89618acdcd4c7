@NullMarked
package org.mbcoptions.drugclass;

import org.jspecify.annotations.NullMarked;
