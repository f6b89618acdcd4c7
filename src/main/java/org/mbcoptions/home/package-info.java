@NullMarked
package org.mbcoptions.home;

import org.jspecify.annotations.NullMarked;
