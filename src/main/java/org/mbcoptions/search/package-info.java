@NullMarked
package org.mbcoptions.search;

import org.jspecify.annotations.NullMarked;
