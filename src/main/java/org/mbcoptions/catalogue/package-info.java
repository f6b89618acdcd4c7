@NullMarked
package org.mbcoptions.catalogue;

import org.jspecify.annotations.NullMarked;
