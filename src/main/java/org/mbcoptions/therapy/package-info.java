@NullMarked
package org.mbcoptions.therapy;

import org.jspecify.annotations.NullMarked;
